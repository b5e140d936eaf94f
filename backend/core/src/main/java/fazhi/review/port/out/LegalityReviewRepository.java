package fazhi.review.port.out;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewStatistics;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.ReviewQuery;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where legality reviews are kept, with all their rounds. */
public interface LegalityReviewRepository {

    Optional<LegalityReview> find(TownshipCode township, String id);

    /** The review of a subject: there is at most one per subject and township. */
    Optional<LegalityReview> findBySubject(TownshipCode township, SubjectType subjectType, String subjectRef);

    /** Inserts or updates, stamping the change, and answers the review as stored, with its new version. */
    LegalityReview save(LegalityReview review, Stamp stamp);

    /** {@code today} anchors the "overdue" filter; {@code query.reviewer()} is a username, never {@code me}. */
    Page<LegalityReview> search(TownshipCode township, ReviewQuery query, PageRequest page, LocalDate today);

    /** The reviews first submitted in the year, counted by subject type and current outcome (an SQL aggregate). */
    List<ReviewStatistics.Count> countByTypeAndOutcome(TownshipCode township, int year);

    /** The rounds that got their opinion in the year. */
    List<ReviewStatistics.DecidedRound> roundsDecidedIn(TownshipCode township, int year);
}
