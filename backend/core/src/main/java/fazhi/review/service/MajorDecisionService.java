package fazhi.review.service;

import fazhi.review.model.CollectiveDiscussion;
import fazhi.review.model.DecisionDetails;
import fazhi.review.model.DecisionStatus;
import fazhi.review.model.ExpertArgument;
import fazhi.review.model.MajorDecision;
import fazhi.review.model.PublicParticipation;
import fazhi.review.model.ReviewStatus;
import fazhi.review.model.RiskAssessment;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.MajorDecisionQuery;
import fazhi.review.port.in.ManagingMajorDecisions;
import fazhi.review.port.in.ReviewGate;
import fazhi.review.port.in.ReviewSubmission;
import fazhi.review.port.in.ReviewingLegality;
import fazhi.review.port.out.MajorDecisionRepository;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.service.RecordChanges;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fazhi.review.service.GovernanceRoles.DECIDERS;
import static fazhi.review.service.GovernanceRoles.KEEPERS;
import static fazhi.review.service.GovernanceRoles.PUBLIC;
import static fazhi.review.service.GovernanceRoles.READERS;

public class MajorDecisionService implements ManagingMajorDecisions {

    static final String RECORD_TYPE = "major-decision";

    private final MajorDecisionRepository decisions;
    private final ReviewingLegality reviews;
    private final ReviewGate gate;
    private final Townships townships;
    private final Clock clock;
    private final RecordChanges<MajorDecision> changes;

    public MajorDecisionService(MajorDecisionRepository decisions, ReviewingLegality reviews, ReviewGate gate,
                                Townships townships, AuditLog auditLog, Clock clock) {
        this.decisions = decisions;
        this.reviews = reviews;
        this.gate = gate;
        this.townships = townships;
        this.clock = clock;
        this.changes = new RecordChanges<>(RECORD_TYPE, decisions::find, decisions::save, auditLog, clock);
    }

    @Override
    public MajorDecision propose(Actor actor, TownshipCode township, DecisionDetails details) {
        townships.get(actor, township);
        actor.requireRole(KEEPERS);
        requireCatalogueNumberFree(township, details, null);
        MajorDecision decision = MajorDecision.propose(UUID.randomUUID().toString(), township, details);
        MajorDecision saved = decisions.save(decision, changes.stamp(actor));
        changes.audit(actor, saved, "major-decision.proposed", Map.of());
        return saved;
    }

    @Override
    public MajorDecision revise(Actor actor, TownshipCode township, String id, long expectedVersion,
                                DecisionDetails details) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "major-decision.revised", decision -> {
            decision.revise(details);
            requireCatalogueNumberFree(township, details, id);
        });
    }

    @Override
    public MajorDecision recordPublicParticipation(Actor actor, TownshipCode township, String id,
                                                   long expectedVersion, PublicParticipation step) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS,
                "major-decision.public-participation-recorded", decision -> decision.record(step));
    }

    @Override
    public MajorDecision recordExpertArgument(Actor actor, TownshipCode township, String id, long expectedVersion,
                                              ExpertArgument step) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "major-decision.expert-argument-recorded",
                decision -> decision.record(step));
    }

    @Override
    public MajorDecision recordRiskAssessment(Actor actor, TownshipCode township, String id, long expectedVersion,
                                              RiskAssessment step) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "major-decision.risk-assessment-recorded",
                decision -> decision.record(step));
    }

    @Override
    public MajorDecision submitForReview(Actor actor, TownshipCode township, String id, long expectedVersion,
                                         List<String> materials, String reviewer) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "major-decision.submitted-for-review",
                decision -> {
                    decision.submitForReview(clock.today());
                    reviews.submit(actor, township, new ReviewSubmission(SubjectType.MAJOR_DECISION, decision.id(),
                            decision.details().title(), materials, reviewer));
                });
    }

    @Override
    public MajorDecision recordCollectiveDiscussion(Actor actor, TownshipCode township, String id,
                                                    long expectedVersion, CollectiveDiscussion step) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS,
                "major-decision.collective-discussion-recorded", decision -> decision.record(step, review(decision)));
    }

    @Override
    public MajorDecision adopt(Actor actor, TownshipCode township, String id, long expectedVersion,
                               LocalDate adoptedOn) {
        return changes.change(actor, township, id, expectedVersion, DECIDERS, "major-decision.adopted",
                decision -> decision.adopt(adoptedOn, review(decision)));
    }

    @Override
    public MajorDecision publish(Actor actor, TownshipCode township, String id, long expectedVersion,
                                 LocalDate publishedOn) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "major-decision.published",
                decision -> decision.publish(publishedOn));
    }

    @Override
    public MajorDecision get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return changes.load(township, id);
    }

    @Override
    public Page<MajorDecision> list(Actor actor, TownshipCode township, MajorDecisionQuery query,
                                    PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        return decisions.search(township, query, page);
    }

    @Override
    public Page<MajorDecision> published(TownshipCode township, Integer year, PageRequest page) {
        townships.get(PUBLIC, township);
        return decisions.search(township, new MajorDecisionQuery(year, null, DecisionStatus.PUBLISHED, null), page);
    }

    private ReviewStatus review(MajorDecision decision) {
        return gate.latest(decision.township(), SubjectType.MAJOR_DECISION, decision.id());
    }

    private void requireCatalogueNumberFree(TownshipCode township, DecisionDetails details, String exceptId) {
        if (details.catalogued() && decisions.catalogueNumberTaken(township, details.year(),
                details.catalogueNumber(), exceptId)) {
            throw new InvalidInput("catalogueNumber", "decision.catalogueNumber.taken",
                    details.catalogueNumber().toString(), details.year().toString());
        }
    }
}
