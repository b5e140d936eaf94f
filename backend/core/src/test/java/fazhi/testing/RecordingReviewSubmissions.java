package fazhi.testing;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.ReviewStatistics;
import fazhi.review.port.in.ReviewQuery;
import fazhi.review.port.in.ReviewSubmission;
import fazhi.review.port.in.ReviewingLegality;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

import java.util.ArrayList;
import java.util.List;

/**
 * The legality review as the governance registers use it: it only keeps what was submitted, by whom and where.
 * Answers null for the review (the registers do not read it); the rest is not used.
 */
public final class RecordingReviewSubmissions implements ReviewingLegality {

    private final List<Submitted> submitted = new ArrayList<>();
    private RuntimeException refusal;

    /** One submission as the register made it. */
    public record Submitted(Actor actor, TownshipCode township, ReviewSubmission submission) {
    }

    /** The next submissions are refused with this (e.g. the review's LR-05 refusal). */
    public void refuseWith(RuntimeException refusal) {
        this.refusal = refusal;
    }

    @Override
    public LegalityReview submit(Actor actor, TownshipCode township, ReviewSubmission submission) {
        if (refusal != null) {
            throw refusal;
        }
        submitted.add(new Submitted(actor, township, submission));
        return null;
    }

    public List<Submitted> submitted() {
        return List.copyOf(submitted);
    }

    @Override
    public LegalityReview assign(Actor actor, TownshipCode township, String id, long expectedVersion,
                                 String reviewer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LegalityReview decide(Actor actor, TownshipCode township, String id, long expectedVersion,
                                 ReviewOpinion opinion) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LegalityReview resubmit(Actor actor, TownshipCode township, String id, long expectedVersion,
                                   List<String> materials) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LegalityReview get(Actor actor, TownshipCode township, String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<LegalityReview> list(Actor actor, TownshipCode township, ReviewQuery query, PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ReviewStatistics statistics(Actor actor, TownshipCode township, int year) {
        throw new UnsupportedOperationException();
    }
}
