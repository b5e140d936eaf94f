package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;

/** The checks of the free texts and dates of a case, named by field. */
public final class CaseTexts {

    private CaseTexts() {
    }

    public static String required(String field, String text, int maxLength) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new InvalidInput(field, "field.required");
        }
        if (value.length() > maxLength) {
            throw new InvalidInput(field, "field.tooLong", maxLength);
        }
        return value;
    }

    public static String optional(String field, String text, int maxLength) {
        String value = text == null ? null : text.strip();
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidInput(field, "field.tooLong", maxLength);
        }
        return value;
    }

    public static LocalDate date(String field, LocalDate date) {
        if (date == null) {
            throw new InvalidInput(field, "field.required");
        }
        return date;
    }
}
