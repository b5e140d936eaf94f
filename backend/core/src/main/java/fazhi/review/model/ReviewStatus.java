package fazhi.review.model;

import java.time.LocalDate;

/**
 * The answer of the review gate: the latest round of a subject's review. {@code submittedOn} and
 * {@code decidedOn} let LR-02 count the working days the review took; both are null where they do not apply.
 */
public record ReviewStatus(String reviewId, int round, ReviewOutcome outcome, LocalDate submittedOn,
                           LocalDate decidedOn) {

    public static ReviewStatus none() {
        return new ReviewStatus(null, 0, ReviewOutcome.NONE, null, null);
    }

    public boolean passed() {
        return outcome.passed();
    }
}
