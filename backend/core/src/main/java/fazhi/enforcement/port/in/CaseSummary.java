package fazhi.enforcement.port.in;

import fazhi.enforcement.model.CaseDeadline;
import fazhi.enforcement.model.CaseDeadlines;
import fazhi.enforcement.model.CaseNumber;
import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.DecisionNumber;
import fazhi.enforcement.model.EnforcementCase;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.OutcomeKind;
import fazhi.enforcement.model.PartyKind;
import fazhi.enforcement.model.Procedure;
import fazhi.shared.model.Money;

import java.time.LocalDate;

/**
 * A case as the list shows it: no personal data beyond the party's name; the outcome, fine and decision number
 * once decided; the next deadline as of today (null when none is pending).
 */
public record CaseSummary(String id, CaseNumber caseNumber, EnforcementField field, Procedure procedure,
                          CaseStatus status, PartyKind partyKind, String partyName, LocalDate violationDate,
                          LocalDate filedOn, OutcomeKind outcome, Money fineAmount, DecisionNumber decisionNumber,
                          CaseDeadline nextDeadline, long version) {

    public static CaseSummary of(EnforcementCase c, LocalDate today) {
        var decision = c.decision();
        return new CaseSummary(c.id(), c.caseNumber(), c.field(), c.procedure(), c.status(), c.party().kind(),
                c.party().name(), c.violationDate(), c.filedOn(),
                decision == null ? null : decision.outcome().kind(),
                decision == null ? null : decision.outcome().fineAmount(),
                decision == null ? null : decision.number(),
                CaseDeadlines.of(c, today).next().orElse(null), c.version());
    }
}
