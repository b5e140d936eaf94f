package fazhi.enforcement.model;

import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

import java.time.LocalDate;

/**
 * ENF-04: an ordinary-procedure case is decided within {@value #DAYS} days of filing (day 90 in time, day 91
 * not), or by the later day a leader approved with a reason; the simple procedure has no such deadline.
 */
public final class DecisionDeadline {

    public static final int DAYS = 90;

    private DecisionDeadline() {
    }

    /** The day the decision is due, or null for the simple procedure. */
    public static LocalDate dueOn(Procedure procedure, LocalDate filedOn, Extension extension) {
        if (procedure != Procedure.ORDINARY) {
            return null;
        }
        return extension != null ? extension.until() : filedOn.plusDays(DAYS);
    }

    public static void require(LocalDate dueOn, LocalDate filedOn, LocalDate decidedOn) {
        if (dueOn != null && decidedOn.isAfter(dueOn)) {
            throw new RuleViolation(Rule.ENF_04, "enf04.decisionOverdue", filedOn, dueOn);
        }
    }
}
