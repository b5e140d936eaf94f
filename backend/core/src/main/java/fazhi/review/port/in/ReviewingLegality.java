package fazhi.review.port.in;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.ReviewStatistics;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

import java.util.List;

/**
 * Legality reviews (合法性审查) of a township: submitting a subject, assigning it to a legal reviewer, the
 * opinion, resubmitting a rejected subject in a new round, and finding reviews. Today's date comes from the
 * service's clock; every change names the version it was based on (SYS-02) and is audited (SYS-01).
 */
public interface ReviewingLegality {

    /**
     * Staff, officers and leaders submit a subject; refused (LR-05) when the subject already has a review: a
     * rejected one is resubmitted, an open or passed one is not submitted twice. A reviewer named in the
     * submission may not be the submitter (LR-04).
     */
    LegalityReview submit(Actor actor, TownshipCode township, ReviewSubmission submission);

    /** A leader or a legal reviewer assigns the open round to a legal reviewer, never to a submitter (LR-04). */
    LegalityReview assign(Actor actor, TownshipCode township, String id, long expectedVersion, String reviewer);

    /**
     * The assigned legal reviewer gives the opinion of the current round (LR-04, LR-01 window for normative
     * documents, LR-02 minimum for major decisions).
     */
    LegalityReview decide(Actor actor, TownshipCode township, String id, long expectedVersion,
                          ReviewOpinion opinion);

    /** The submitter or a leader resubmits a rejected subject with new materials: round n+1 (LR-05). */
    LegalityReview resubmit(Actor actor, TownshipCode township, String id, long expectedVersion,
                            List<String> materials);

    LegalityReview get(Actor actor, TownshipCode township, String id);

    Page<LegalityReview> list(Actor actor, TownshipCode township, ReviewQuery query, PageRequest page);

    /** Counts by subject type and outcome, and average working days to an opinion, of a year. */
    ReviewStatistics statistics(Actor actor, TownshipCode township, int year);
}
