package fazhi.adapter.rest.decision;

import fazhi.adapter.rest.document.ReviewStateView;
import fazhi.review.model.CollectiveDiscussion;
import fazhi.review.model.DecisionDetails;
import fazhi.review.model.ExpertArgument;
import fazhi.review.model.MajorDecision;
import fazhi.review.model.PublicParticipation;
import fazhi.review.model.ReviewStatus;
import fazhi.review.model.RiskAssessment;

/** Between the API's request and view records and the core's major decisions. */
final class DecisionRestMapper {

    private DecisionRestMapper() {
    }

    static DecisionDetails details(MajorDecisionRequest r) {
        return new DecisionDetails(r.year(), r.catalogueNumber(), r.title(), r.description(), r.sponsor());
    }

    static MajorDecisionView view(MajorDecision d, ReviewStatus review) {
        DecisionDetails details = d.details();
        PublicParticipation p = d.publicParticipation();
        ExpertArgument x = d.expertArgument();
        RiskAssessment r = d.riskAssessment();
        CollectiveDiscussion c = d.collectiveDiscussion();
        return new MajorDecisionView(d.id(), d.township().value(), details.year(), details.catalogueNumber(),
                details.catalogued(), details.title(), details.description(), details.sponsor(), d.status(),
                p == null ? null : new PublicParticipationView(p.commentsFrom(), p.commentsUntil(), p.summary()),
                x == null ? null : new ExpertArgumentView(x.heldOn(), x.experts(), x.conclusion()),
                r == null ? null : new RiskAssessmentView(r.assessedOn(), r.level(), r.conclusion()),
                d.reviewSubmittedOn(), ReviewStateView.of(review),
                c == null ? null : new CollectiveDiscussionView(c.meetingOn(), c.minutesRef()),
                d.adoptedOn(), d.publishedOn(),
                d.progress(review).stream().map(s -> new ProcedureStepView(s.step(), s.done(), s.doneOn())).toList(),
                d.version(), d.created() == null ? null : d.created().at(),
                d.updated() == null ? null : d.updated().at());
    }

    static PublicMajorDecisionView publicView(MajorDecision d) {
        DecisionDetails details = d.details();
        return new PublicMajorDecisionView(details.year(), details.catalogueNumber(), details.title(),
                details.description(), details.sponsor(), d.adoptedOn(), d.publishedOn());
    }
}
