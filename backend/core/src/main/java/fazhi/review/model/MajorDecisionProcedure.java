package fazhi.review.model;

import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

import java.time.LocalDate;
import java.util.List;

/**
 * LR-02 (重大行政决策程序): public participation, expert argument, risk assessment and a legality review of at
 * least {@value #REVIEW_MINIMUM_WORKING_DAYS} working days come before the collective discussion, whose meeting is
 * not dated before them; the decision is adopted only after all of them.
 */
public final class MajorDecisionProcedure {

    public static final int REVIEW_MINIMUM_WORKING_DAYS = 7;

    private MajorDecisionProcedure() {
    }

    /** No opinion before the minimum, whatever the reason. */
    static ReviewOpinion checkReviewMinimum(ReviewOpinion given, LocalDate today, LocalDate earliestOn) {
        if (today.isBefore(earliestOn)) {
            throw new RuleViolation(Rule.LR_02, "review.lr02.tooEarly", REVIEW_MINIMUM_WORKING_DAYS,
                    earliestOn.toString());
        }
        return ReviewRound.withoutEarlyReason(given);
    }

    /** {@code missing}: the steps before the discussion not done; {@code latestStep}: the last day of those done. */
    static void requireReadyForDiscussion(List<ProcedureStep> missing, LocalDate meetingOn, LocalDate latestStep) {
        if (!missing.isEmpty()) {
            throw new RuleViolation(Rule.LR_02, "decision.lr02.discussion." + missing.get(0).name());
        }
        if (meetingOn.isBefore(latestStep)) {
            throw new RuleViolation(Rule.LR_02, "decision.lr02.discussionTooEarly", meetingOn.toString(),
                    latestStep.toString());
        }
    }

    /** {@code missing}: the steps not done, the collective discussion included. */
    static void requireReadyForAdoption(List<ProcedureStep> missing) {
        if (!missing.isEmpty()) {
            throw new RuleViolation(Rule.LR_02, "decision.lr02.adopt." + missing.get(0).name());
        }
    }
}
