package fazhi.review.model;

import fazhi.shared.model.InvalidInput;

import java.util.ArrayList;
import java.util.List;

/** The checks of the free texts of a review: lists of items and single texts, named by field. */
public final class ReviewTexts {

    private ReviewTexts() {
    }

    public static List<String> items(String field, List<String> items, int maxItems, int maxLength, boolean required) {
        if (items == null || items.isEmpty()) {
            if (required) {
                throw new InvalidInput(field, "field.required");
            }
            return List.of();
        }
        if (items.size() > maxItems) {
            throw new InvalidInput(field, "review.items.tooMany", maxItems);
        }
        List<String> stripped = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) == null ? "" : items.get(i).strip();
            if (item.isEmpty()) {
                throw new InvalidInput(field + "[" + i + "]", "field.required");
            }
            if (item.length() > maxLength) {
                throw new InvalidInput(field + "[" + i + "]", "field.tooLong", maxLength);
            }
            stripped.add(item);
        }
        return List.copyOf(stripped);
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
}
