package fazhi.adapter.rest.training;

import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters of the training area that {@code QueryParams} does not read: yes/no and days. */
final class TrainingParams {

    private TrainingParams() {
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput(name, "param.boolean");
        };
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "param.date");
        }
    }
}
