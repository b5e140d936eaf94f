package fazhi.enforcement.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The read side of what may be done to a case next. */
public final class CaseActions {

    private CaseActions() {
    }

    /**
     * The actions the case's state allows now, before asking who acts (the service narrows them by role);
     * a rule may still refuse one with the dates given.
     */
    public static Set<CaseAction> possible(EnforcementCase c, LocalDate today) {
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        if (c.status().isEditable()) {
            actions.add(CaseAction.EDIT);
        }
        if (c.status() == CaseStatus.FILED) {
            actions.add(CaseAction.INVESTIGATE);
        }
        if (c.status().canBecome(CaseStatus.NOTIFIED)) {
            actions.add(CaseAction.NOTIFY);
        }
        if (c.status() == CaseStatus.NOTIFIED && c.notice().hearingOffered() && !c.hearing().isWaived()) {
            actions.add(CaseAction.WAIVE_HEARING);
            if (!today.isAfter(c.notice().hearingWindowEndsOn())) {
                actions.add(CaseAction.REQUEST_HEARING);
            }
        }
        if (c.status() == CaseStatus.HEARING_REQUESTED) {
            actions.add(CaseAction.HOLD_HEARING);
        }
        if (!c.status().isDecided() && c.legalReview() == null) {
            actions.add(CaseAction.REQUEST_LEGAL_REVIEW);
        }
        if (!c.status().isDecided() && c.details().procedure() == Procedure.ORDINARY) {
            actions.add(CaseAction.APPROVE_EXTENSION);
        }
        if (c.status().canBecome(CaseStatus.DECIDED)) {
            actions.add(CaseAction.DECIDE);
        }
        if (c.status() == CaseStatus.DECIDED) {
            actions.add(CaseAction.DELIVER);
        }
        if (c.status() == CaseStatus.DELIVERED && c.hasSomethingToExecute()) {
            actions.add(CaseAction.EXECUTE);
        }
        if (!c.status().isFinished()) {
            actions.add(CaseAction.RECORD_PROCESS);
        }
        if (c.status() == CaseStatus.EXECUTED || c.status() == CaseStatus.DELIVERED && !c.hasSomethingToExecute()) {
            actions.add(CaseAction.CLOSE);
        }
        if (c.status().isDecided() && c.status() != CaseStatus.REVOKED && c.decision().isPenalty()
                && c.publication() == null) {
            actions.add(CaseAction.PUBLISH);
        }
        if (c.status().canBecome(CaseStatus.REVOKED)) {
            actions.add(CaseAction.REVOKE);
        }
        return actions;
    }
}
