package fazhi.enforcement.port.in;

import fazhi.enforcement.model.CaseAction;
import fazhi.enforcement.model.CaseDeadlines;
import fazhi.enforcement.model.ChecklistItem;
import fazhi.enforcement.model.EarlierViolation;
import fazhi.enforcement.model.EnforcementCase;
import fazhi.enforcement.model.Step;
import fazhi.shared.model.Money;

import java.util.List;

/**
 * A case as its page shows it to one actor, computed in the core so the edge only maps: the case itself (use
 * {@code party} for the party, never {@code enforcementCase.party()}, which is unmasked), its officers, its steps,
 * its deadlines as of today, the party's earlier violations (ENF-08), the legal review (ENF-07), the close
 * checklist (ENF-09), the actions this actor may take now, and the fine from which this party must be offered a
 * hearing (ENF-06, the township's setting as it stands now).
 */
public record CaseOverview(EnforcementCase enforcementCase, DisclosedParty party, List<CaseOfficer> officers,
                           List<Step> steps, CaseDeadlines deadlines, List<EarlierViolation> earlierViolations,
                           LegalReviewState legalReview, List<ChecklistItem> closeChecklist,
                           List<CaseAction> allowedActions, Money hearingThreshold) {

    public CaseOverview {
        officers = List.copyOf(officers);
        steps = List.copyOf(steps);
        earlierViolations = List.copyOf(earlierViolations);
        closeChecklist = List.copyOf(closeChecklist);
        allowedActions = List.copyOf(allowedActions);
    }
}
