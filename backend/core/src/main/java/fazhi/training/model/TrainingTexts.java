package fazhi.training.model;

import fazhi.shared.model.InvalidInput;

import java.util.ArrayList;
import java.util.List;

/** The checks of the free texts and lists of the training area, named by field. */
public final class TrainingTexts {

    private TrainingTexts() {
    }

    public static String required(String field, String text, int maxLength) {
        String value = optional(field, text, maxLength);
        if (value == null) {
            throw new InvalidInput(field, "field.required");
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

    /** One-line items: at most {@code max}, each on one line and short. */
    public static List<String> lines(String field, List<String> items, int max, int maxLength) {
        List<String> given = items == null ? List.of() : items;
        if (given.size() > max) {
            throw new InvalidInput(field, "training.items.tooMany", max);
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String item = required(field + "[" + i + "]", given.get(i), maxLength);
            if (item.contains("\n") || item.contains("\r")) {
                throw new InvalidInput(field + "[" + i + "]", "training.items.oneLine");
            }
            checked.add(item);
        }
        return List.copyOf(checked);
    }
}
