package fazhi.shared.model;

import java.util.List;

/** Input that breaks an invariant of the model, named by field (e.g. {@code certificate.expiresOn}). */
public class InvalidInput extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInput(List<FieldViolation> violations) {
        super("invalid input: " + violations);
        this.violations = List.copyOf(violations);
    }

    public InvalidInput(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldViolation(field, messageKey, List.of(arguments))));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** One field and what is wrong with it, as a message key with arguments. */
    public record FieldViolation(String field, String messageKey, List<Object> arguments) {
    }
}
