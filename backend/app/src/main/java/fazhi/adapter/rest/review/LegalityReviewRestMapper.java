package fazhi.adapter.rest.review;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.ReviewRound;
import fazhi.review.model.ReviewStatistics;
import fazhi.review.port.in.ReviewSubmission;

import java.time.LocalDate;
import java.util.List;

/** Between the API's request and view records and the core's legality review. */
final class LegalityReviewRestMapper {

    private LegalityReviewRestMapper() {
    }

    static ReviewSubmission submission(ReviewSubmissionRequest request) {
        return new ReviewSubmission(request.subjectType(), request.subjectRef(), request.subjectTitle(),
                request.materials(), request.reviewer());
    }

    static LegalityReviewView view(LegalityReview review, LocalDate today) {
        ReviewRound current = review.current();
        return new LegalityReviewView(review.id(), review.township().value(), review.subjectType(),
                review.subjectRef(), review.subjectTitle(), review.submittedOn(), review.submittedBy(),
                review.status(), current.number(), current.reviewer(), current.earliestOn(), current.dueOn(),
                review.isOverdue(today), review.rounds().stream().map(r -> round(r, today)).toList(),
                review.version(), review.created() == null ? null : review.created().at(),
                review.updated() == null ? null : review.updated().at());
    }

    private static ReviewRoundView round(ReviewRound round, LocalDate today) {
        ReviewOpinion opinion = round.opinion();
        List<String> changes = opinion instanceof ReviewOpinion.ApprovedWithChanges c ? c.requiredChanges()
                : List.of();
        List<String> reasons = opinion instanceof ReviewOpinion.Rejected r ? r.reasons() : List.of();
        return new ReviewRoundView(round.number(), round.submittedOn(), round.submittedBy(), round.materials(),
                round.reviewer(), round.earliestOn(), round.dueOn(), round.isOverdue(today), round.outcome(),
                changes, reasons, opinion == null ? null : opinion.earlyReason(), round.decidedOn(),
                round.decidedBy());
    }

    static ReviewStatisticsView statistics(ReviewStatistics statistics) {
        return new ReviewStatisticsView(statistics.year(), statistics.reviews(),
                statistics.counts().stream()
                        .map(c -> new ReviewStatisticsView.Count(c.subjectType(), c.outcome(), c.reviews())).toList(),
                statistics.decidedRounds(), statistics.averageWorkingDays(),
                statistics.durations().stream()
                        .map(d -> new ReviewStatisticsView.Duration(d.subjectType(), d.decidedRounds(),
                                d.averageWorkingDays())).toList());
    }
}
