package fazhi.review.service;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewStatus;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.ReviewGate;
import fazhi.review.port.out.LegalityReviewRepository;
import fazhi.shared.model.TownshipCode;

/**
 * The gate other areas ask (LR-01, LR-02, LR-03, ENF-07): the latest round of the subject's review. It takes no
 * actor: the asking service has already decided who may act on its own record.
 */
public class ReviewGateService implements ReviewGate {

    private final LegalityReviewRepository reviews;

    public ReviewGateService(LegalityReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public ReviewStatus latest(TownshipCode township, SubjectType subjectType, String subjectRef) {
        if (subjectType == null || subjectRef == null) {
            return ReviewStatus.none();
        }
        return reviews.findBySubject(township, subjectType, subjectRef.strip())
                .map(LegalityReview::latestStatus)
                .orElseGet(ReviewStatus::none);
    }
}
