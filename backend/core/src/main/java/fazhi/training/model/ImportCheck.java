package fazhi.training.model;

import fazhi.shared.model.InvalidInput;

import java.util.List;

/**
 * An imported file read and checked: what its good rows become, and every error of every line. A file with any error
 * is refused whole.
 */
public record ImportCheck<T>(int rows, List<T> values, List<RowError> errors) {

    public ImportCheck {
        values = List.copyOf(values);
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The values, or the refusal naming every line's error ({@code rows[3].成绩}, {@code header}). */
    public List<T> orRefuse() {
        if (!valid()) {
            throw new InvalidInput(errors.stream().map(e -> new InvalidInput.FieldViolation(e.line() == 1
                    ? "header" + (e.column().isEmpty() ? "" : "." + e.column())
                    : "rows[" + e.line() + "]" + (e.column().isEmpty() ? "" : "." + e.column()), e.messageKey(),
                    e.arguments())).toList());
        }
        return values;
    }
}
