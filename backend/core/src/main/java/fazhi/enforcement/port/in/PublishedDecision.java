package fazhi.enforcement.port.in;

import fazhi.enforcement.model.DecisionNumber;
import fazhi.enforcement.model.EnforcementCase;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.OutcomeKind;
import fazhi.shared.model.Money;

import java.time.LocalDate;

/**
 * A penalty decision as the public sees it (ENF-13): never the identity number, phone or address; a person
 * named as surname + 某.
 */
public record PublishedDecision(DecisionNumber decisionNumber, EnforcementField field, String partyName,
                                String facts, OutcomeKind outcome, Money fineAmount, String measure,
                                LocalDate decidedOn, LocalDate publishedOn) {

    public static PublishedDecision of(EnforcementCase c) {
        var decision = c.decision();
        return new PublishedDecision(decision.number(), c.field(), c.publicName(), c.details().facts(),
                decision.outcome().kind(), decision.outcome().fineAmount(), decision.outcome().measure(),
                decision.decidedOn(), c.publication().publishedOn());
    }
}
