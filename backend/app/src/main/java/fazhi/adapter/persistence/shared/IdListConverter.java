package fazhi.adapter.persistence.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;

/** A short list of record ids in one column, comma-separated (ids hold no commas); none is NULL. */
@Converter
public class IdListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> ids) {
        return ids == null || ids.isEmpty() ? null : String.join(",", ids);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
    }
}
