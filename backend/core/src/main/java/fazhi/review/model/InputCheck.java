package fazhi.review.model;

import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with the fields of one input of the governance registers (documents, decisions,
 * advisers), so that all of it is refused at once as {@link InvalidInput}.
 */
public final class InputCheck {

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

    /** Notes {@code later} when it is before {@code earlier} (both given). */
    public void notBefore(String field, LocalDate later, LocalDate earlier, String messageKey) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            fail(field, messageKey, earlier.toString());
        }
    }

    /** A list of short texts: each stripped and not blank; at most {@code maxItems}. */
    public List<String> items(String field, List<String> items, int maxItems, int maxLength, boolean required) {
        if (items == null || items.isEmpty()) {
            if (required) {
                fail(field, "field.required");
            }
            return List.of();
        }
        if (items.size() > maxItems) {
            fail(field, "governance.items.tooMany", maxItems);
            return List.of();
        }
        List<String> stripped = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String item = required(field + "[" + i + "]", items.get(i), maxLength);
            if (item != null) {
                stripped.add(item);
            }
        }
        return List.copyOf(stripped);
    }

    public void fail(String field, String messageKey, Object... arguments) {
        violations.add(new InvalidInput.FieldViolation(field, messageKey, List.of(arguments)));
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
