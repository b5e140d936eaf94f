package fazhi.enforcement.model;

import fazhi.shared.model.Money;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

/**
 * ENF-03 (简易程序): on the spot only a warning, no penalty, or a fine up to {@link #LIMIT_INDIVIDUAL} for a
 * person and {@link #LIMIT_ORGANISATION} for an organisation; anything else takes the ordinary procedure.
 */
public final class SimpleProcedure {

    public static final Money LIMIT_INDIVIDUAL = Money.of("200.00");
    public static final Money LIMIT_ORGANISATION = Money.of("3000.00");

    private SimpleProcedure() {
    }

    public static Money limitFor(Party party) {
        return party.isOrganisation() ? LIMIT_ORGANISATION : LIMIT_INDIVIDUAL;
    }

    /** Refuses an outcome the simple procedure may not reach; an ordinary case may reach any. */
    public static void requireAllows(CaseDetails details, Outcome outcome) {
        if (details.procedure() != Procedure.SIMPLE) {
            return;
        }
        Money limit = limitFor(details.party());
        boolean allowed = switch (outcome.kind()) {
            case FINE -> !outcome.fineAmount().isGreaterThan(limit);
            case WARNING, NO_PENALTY_FIRST_VIOLATION, NO_PENALTY_MINOR -> true;
            case OTHER -> false;
        };
        if (!allowed) {
            throw new RuleViolation(Rule.ENF_03, "enf03.simpleProcedureLimit", outcome.kind(), limit.toString());
        }
    }
}
