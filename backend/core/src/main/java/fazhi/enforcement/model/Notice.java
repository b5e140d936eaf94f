package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;

/**
 * The notice before a penalty (行政处罚事先告知, ENF-05): the intended penalty, the rights to statement and
 * defence, and a hearing where {@link HearingPolicy} asks for one.
 */
public record Notice(LocalDate notifiedOn, Outcome intendedOutcome, boolean hearingOffered,
                     boolean statementAndDefenceNotified, String method) {

    public static final int MAX_METHOD_LENGTH = 100;

    public Notice {
        CaseTexts.date("notifiedOn", notifiedOn);
        if (intendedOutcome == null) {
            throw new InvalidInput("intendedOutcome.kind", "field.required");
        }
        if (!intendedOutcome.isPenalty()) {
            throw new InvalidInput("intendedOutcome.kind", "enforcementCase.notice.penaltyRequired");
        }
        if (!statementAndDefenceNotified) {
            throw new InvalidInput("statementAndDefenceNotified", "enforcementCase.notice.rightsRequired");
        }
        method = CaseTexts.optional("method", method, MAX_METHOD_LENGTH);
    }

    /** The last day the party may ask for a hearing, or null when none was offered. */
    public LocalDate hearingWindowEndsOn() {
        return hearingOffered ? HearingPolicy.windowEndsOn(notifiedOn) : null;
    }
}
