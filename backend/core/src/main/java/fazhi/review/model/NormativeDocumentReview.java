package fazhi.review.model;

import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

import java.time.LocalDate;

/**
 * LR-01 (规范性文件合法性审核): a normative document is issued only after a passed review, not dated before the
 * review's opinion; the review answers from the {@value #EARLIEST_WORKING_DAY}th working day after submission
 * to the {@value #DUE_WORKING_DAYS}th: earlier only with a recorded reason, later is overdue.
 */
public final class NormativeDocumentReview {

    public static final int EARLIEST_WORKING_DAY = 5;
    /** The last working day of the window; other subjects are given the same. */
    public static final int DUE_WORKING_DAYS = 15;

    private NormativeDocumentReview() {
    }

    /** An opinion given before {@code earliestOn} keeps its reason and needs one; a later one drops it. */
    static ReviewOpinion checkWindow(ReviewOpinion given, LocalDate today, LocalDate earliestOn) {
        if (!today.isBefore(earliestOn)) {
            return ReviewRound.withoutEarlyReason(given);
        }
        if (given.earlyReason() == null) {
            throw new RuleViolation(Rule.LR_01, "review.lr01.earlyWithoutReason", earliestOn.toString());
        }
        return given;
    }

    /** Before issue: the review passed, and the issue is not dated before its opinion. */
    public static void requirePassedBefore(ReviewStatus review, LocalDate issuedOn) {
        if (!review.passed()) {
            throw new RuleViolation(Rule.LR_01, "document.lr01.notPassed." + review.outcome().name());
        }
        if (review.decidedOn() != null && issuedOn.isBefore(review.decidedOn())) {
            throw new RuleViolation(Rule.LR_01, "document.lr01.issuedBeforeReview", issuedOn.toString(),
                    review.decidedOn().toString());
        }
    }
}
