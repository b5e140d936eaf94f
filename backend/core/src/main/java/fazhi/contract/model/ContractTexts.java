package fazhi.contract.model;

import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks of the free texts, lists and dates of a contract, named by field. */
public final class ContractTexts {

    private ContractTexts() {
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

    /** One-line items (names, file ids): at least {@code min}, at most {@code max}, each short and on one line. */
    public static List<String> lines(String field, List<String> items, int min, int max, int maxLength) {
        List<String> given = items == null ? List.of() : items;
        if (given.size() < min) {
            throw new InvalidInput(field, min == 1 ? "field.required" : "contract.items.tooFew", min);
        }
        if (given.size() > max) {
            throw new InvalidInput(field, "contract.items.tooMany", max);
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String item = required(field + "[" + i + "]", given.get(i), maxLength);
            if (item.contains("\n") || item.contains("\r")) {
                throw new InvalidInput(field + "[" + i + "]", "contract.items.oneLine");
            }
            checked.add(item);
        }
        return List.copyOf(checked);
    }
}
