package fazhi.contract.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

import java.time.LocalDate;

/**
 * LR-03 (合同合法性审查): a major contract (CON-01), and a contract or amendment whose review was asked for, is
 * approved and signed only after a passed legality review, and not dated before the review's opinion. LR-05: a
 * rejected review blocks it until a new round passes.
 */
public final class ReviewBeforeSigning {

    private ReviewBeforeSigning() {
    }

    /** Before the leader's approval and before the signing. */
    public static void require(Majority majority, boolean reviewAsked, ReviewAnswer review) {
        if (review.rejected()) {
            throw new RuleViolation(Rule.LR_05, "contract.lr05.rejected", review.reviewId(), review.round());
        }
        if ((majority.major() || reviewAsked) && !review.passed()) {
            throw new RuleViolation(Rule.LR_03, "contract.lr03." + (majority.major() ? "major." : "asked.")
                    + review.outcome(), majority.threshold().grouped());
        }
    }

    /** The approval or signing day {@code on}, named {@code field}, is not before a review's opinion. */
    public static void requireNotBeforeOpinion(String field, LocalDate on, ReviewAnswer review) {
        if (review.passed() && review.decidedOn() != null && on.isBefore(review.decidedOn())) {
            throw new InvalidInput(field, "contract.date.beforeReview", review.decidedOn().toString());
        }
    }
}
