package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with the fields of one input of the inspection area (items, plans, inspections), so that
 * all of it is refused at once as {@link InvalidInput}.
 */
public final class InspectionInput {

    private final List<InvalidInput.FieldViolation> violations = new ArrayList<>();

    /** The text stripped; blank or too long is noted. */
    public String required(String field, String text, int maxLength) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            fail(field, "field.required");
            return null;
        }
        return limited(field, value, maxLength);
    }

    /** The text stripped, or null when blank; too long is noted. */
    public String optional(String field, String text, int maxLength) {
        String value = text == null ? null : text.strip();
        if (value == null || value.isEmpty()) {
            return null;
        }
        return limited(field, value, maxLength);
    }

    public <T> T present(String field, T value) {
        if (value == null) {
            fail(field, "field.required");
        }
        return value;
    }

    /** Notes a number outside {@code min..max}; null passes. */
    public Integer within(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            fail(field, "field.range", Integer.toString(min), Integer.toString(max));
            return null;
        }
        return value;
    }

    /** Notes a date after {@code today}. */
    public void notAfter(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            fail(field, "inspection.date.future", today.toString());
        }
    }

    /** Keeps the violations of a value object built from this input (e.g. a credit code). */
    public <T> T adopt(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    public void fail(String field, String messageKey, Object... arguments) {
        violations.add(new InvalidInput.FieldViolation(field, messageKey, List.of(arguments)));
    }

    public boolean ok() {
        return violations.isEmpty();
    }

    /** Throws what was noted, if anything. */
    public void done() {
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    private String limited(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            fail(field, "field.tooLong", maxLength);
            return null;
        }
        return value;
    }
}
