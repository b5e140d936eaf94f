package fazhi.adapter.rest.shared;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.TownshipCode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Query parameters arrive as text and are parsed here, so that a bad value answers 422 naming the parameter
 * (JAX-RS would answer a bare 404).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "param.integer");
        }
    }

    public static Integer optionalInteger(String name, String value) {
        return value == null || value.isBlank() ? null : integer(name, value, 0);
    }

    public static <E extends Enum<E>> E enumValue(String name, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, "param.enum",
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "param.instant");
        }
    }

    /** A township code in a path; one that cannot exist answers 404 like one that does not (SYS-04). */
    public static TownshipCode township(String value) {
        try {
            return TownshipCode.of(value);
        } catch (InvalidInput e) {
            throw new RecordNotFound("township", value);
        }
    }
}
