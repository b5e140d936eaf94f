package fazhi.shared.model;

import java.util.List;
import java.util.Objects;

/**
 * A refusal by a rule of the catalogue. It carries the rule (id and legal basis) and a message key
 * with its arguments; the edge turns it into problem+json in the caller's language.
 */
public class RuleViolation extends RuntimeException {

    private final Rule rule;
    private final String messageKey;
    private final List<Object> arguments;

    public RuleViolation(Rule rule, String messageKey, Object... arguments) {
        super(rule.id() + ": " + messageKey);
        this.rule = Objects.requireNonNull(rule);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = List.of(arguments);
    }

    public Rule rule() {
        return rule;
    }

    public String ruleId() {
        return rule.id();
    }

    public String legalBasis() {
        return rule.legalBasis();
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
