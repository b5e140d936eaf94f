package fazhi.review.port.in;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.ReviewTexts;
import fazhi.review.model.SubjectType;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;

import java.util.Set;

/**
 * Filters of the legality reviews list; null means "any". {@code status}, {@code reviewer} and
 * {@code overdue} look at the current round; {@code reviewer} may be {@code me}; {@code year} is the year of
 * the first submission. The reviewer's inbox is {@code reviewer=me, status=PENDING}, sorted by {@code dueOn}.
 */
public record ReviewQuery(SubjectType subjectType, String subjectRef, ReviewOutcome status, String reviewer,
                          String submittedBy, Boolean overdue, Integer year) {

    public static final String ME = "me";
    public static final Set<String> SORTABLE = Set.of("dueOn", "submittedOn", "createdAt");
    public static final String DEFAULT_SORT = "submittedOn,desc";

    public ReviewQuery {
        if (status == ReviewOutcome.NONE) {
            throw new InvalidInput("status", "review.status.none");
        }
        subjectRef = ReviewTexts.optional("subjectRef", subjectRef, LegalityReview.MAX_SUBJECT_REF_LENGTH);
        reviewer = ReviewTexts.optional("reviewer", reviewer, LegalityReview.MAX_USERNAME_LENGTH);
        submittedBy = ReviewTexts.optional("submittedBy", submittedBy, LegalityReview.MAX_USERNAME_LENGTH);
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInput("year", "field.range", 2000, 2100);
        }
    }

    public static ReviewQuery all() {
        return new ReviewQuery(null, null, null, null, null, null, null);
    }

    /** The same filters with {@code me} read as the actor's username. */
    public ReviewQuery resolvedFor(Actor actor) {
        return ME.equals(reviewer) ? new ReviewQuery(subjectType, subjectRef, status, actor.username(), submittedBy,
                overdue, year) : this;
    }
}
