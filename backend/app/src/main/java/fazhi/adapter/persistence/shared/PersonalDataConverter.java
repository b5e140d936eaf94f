package fazhi.adapter.persistence.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Put on an entity's personal-data column ({@code @Convert(converter = PersonalDataConverter.class)}): the entity
 * holds the plain value, the table the AES-GCM ciphertext of {@link PersonalDataCipher}. Size the column for
 * the ciphertext: {@link #columnLength(int)}.
 */
@Converter
@ApplicationScoped
public class PersonalDataConverter implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public PersonalDataConverter(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return cipher.decrypt(column);
    }

    /** The column length a plain value of {@code plainChars} characters (UTF-8, up to 3 bytes each) needs. */
    public static int columnLength(int plainChars) {
        int sealed = 12 + plainChars * 3 + 16;
        return 3 + 4 * ((sealed + 2) / 3);
    }
}
