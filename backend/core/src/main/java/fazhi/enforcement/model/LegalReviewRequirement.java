package fazhi.enforcement.model;

import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

/**
 * ENF-07 (法制审核): a major decision, one whose case is flagged major or complex or had a hearing held, needs a
 * passed legal review first.
 */
public final class LegalReviewRequirement {

    private LegalReviewRequirement() {
    }

    public static boolean isMajor(CaseDetails details, Hearing hearing) {
        return details.major() || hearing.isHeld();
    }

    public static void require(CaseDetails details, Hearing hearing, ReviewAnswer review) {
        if (isMajor(details, hearing) && !review.passed()) {
            throw new RuleViolation(Rule.ENF_07, "enf07.legalReviewRequired", review.outcome());
        }
    }
}
