package fazhi.adapter.persistence.decision;

import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.Listings;
import fazhi.review.model.CollectiveDiscussion;
import fazhi.review.model.DecisionDetails;
import fazhi.review.model.DecisionStatus;
import fazhi.review.model.ExpertArgument;
import fazhi.review.model.MajorDecision;
import fazhi.review.model.PublicParticipation;
import fazhi.review.model.RiskAssessment;
import fazhi.review.model.RiskLevel;
import fazhi.review.port.in.MajorDecisionQuery;
import fazhi.review.port.out.MajorDecisionRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class MajorDecisionPersistenceAdapter implements MajorDecisionRepository, Listings {

    /** API sort fields and how they order the list. */
    static final Map<String, Order> SORTS = Map.of(
            "catalogueNumber", Order.by("ix_major_decisions_catalogue", "catalogue_number"),
            "year", Order.by("ix_major_decisions_year", "catalogue_year"),
            "title", Order.by("ix_major_decisions_title", "title"),
            "adoptedOn", Order.by("ix_major_decisions_adopted", "adopted_on"),
            "publishedOn", Order.by("ix_major_decisions_published_on", "published_on"),
            "createdAt", Order.by("ix_major_decisions_created", "created_at"));

    private final Decisions decisions;

    public MajorDecisionPersistenceAdapter(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public Optional<MajorDecision> find(TownshipCode township, String id) {
        return decisions.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(MajorDecisionPersistenceAdapter::toDomain);
    }

    @Override
    public boolean catalogueNumberTaken(TownshipCode township, int year, int catalogueNumber,
                                        String exceptDecisionId) {
        return decisions.count("township = ?1 and catalogueYear = ?2 and catalogueNumber = ?3 and id <> ?4",
                township.value(), year, catalogueNumber, exceptDecisionId == null ? "" : exceptDecisionId) > 0;
    }

    @Override
    public MajorDecision save(MajorDecision decision, Stamp stamp) {
        MajorDecisionEntity e = decisions.findByIdOptional(decision.id()).orElseGet(() -> {
            MajorDecisionEntity created = new MajorDecisionEntity();
            created.id = decision.id();
            created.township = decision.township().value();
            return created;
        });
        DecisionDetails details = decision.details();
        e.catalogueYear = details.year();
        e.catalogueNumber = details.catalogueNumber();
        e.title = details.title();
        e.description = details.description();
        e.sponsor = details.sponsor();
        e.status = decision.status().name();
        PublicParticipation p = decision.publicParticipation();
        e.commentsFrom = p == null ? null : p.commentsFrom();
        e.commentsUntil = p == null ? null : p.commentsUntil();
        e.commentsSummary = p == null ? null : p.summary();
        ExpertArgument x = decision.expertArgument();
        e.expertsHeldOn = x == null ? null : x.heldOn();
        e.experts = x == null ? null : String.join("\n", x.experts());
        e.expertsConclusion = x == null ? null : x.conclusion();
        RiskAssessment r = decision.riskAssessment();
        e.riskAssessedOn = r == null ? null : r.assessedOn();
        e.riskLevel = r == null ? null : r.level().name();
        e.riskConclusion = r == null ? null : r.conclusion();
        e.reviewSubmittedOn = decision.reviewSubmittedOn();
        CollectiveDiscussion c = decision.collectiveDiscussion();
        e.meetingOn = c == null ? null : c.meetingOn();
        e.minutesRef = c == null ? null : c.minutesRef();
        e.adoptedOn = decision.adoptedOn();
        e.publishedOn = decision.publishedOn();
        e.stamp(stamp);
        decisions.persist(e);
        // the flush assigns the new version, which the answer's ETag carries
        decisions.flush();
        return toDomain(e);
    }

    @Override
    public Page<MajorDecision> search(TownshipCode township, MajorDecisionQuery query, PageRequest page) {
        return listQuery(township, query, page).fetch(decisions.getEntityManager(), MajorDecisionEntity.class,
                e -> e.id, page).map(MajorDecisionPersistenceAdapter::toDomain);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("major decisions", MajorDecisionQuery.class, MajorDecisionQuery.SORTABLE,
                (township, query, page, today) -> listQuery(township, query, page)));
    }

    ListQuery listQuery(TownshipCode township, MajorDecisionQuery query, PageRequest page) {
        ListQuery list = ListQuery.of("major_decisions", township.value());
        if (query.year() != null) {
            list.where("catalogue_year = ?", query.year());
        }
        if (query.catalogued() != null) {
            list.where(query.catalogued() ? "catalogue_number IS NOT NULL" : "catalogue_number IS NULL");
        }
        if (query.status() != null) {
            list.where("status = ?", query.status().name());
        }
        if (query.text() != null) {
            list.whereContains(query.text(), "title", "sponsor");
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
    }

    private static MajorDecision toDomain(MajorDecisionEntity e) {
        PublicParticipation p = e.commentsFrom == null ? null
                : new PublicParticipation(e.commentsFrom, e.commentsUntil, e.commentsSummary);
        ExpertArgument x = e.expertsHeldOn == null ? null
                : new ExpertArgument(e.expertsHeldOn, List.of(e.experts.split("\n")), e.expertsConclusion);
        RiskAssessment r = e.riskAssessedOn == null ? null
                : new RiskAssessment(e.riskAssessedOn, RiskLevel.valueOf(e.riskLevel), e.riskConclusion);
        CollectiveDiscussion c = e.meetingOn == null ? null : new CollectiveDiscussion(e.meetingOn, e.minutesRef);
        return new MajorDecision(e.id, TownshipCode.of(e.township),
                new DecisionDetails(e.catalogueYear, e.catalogueNumber, e.title, e.description, e.sponsor),
                DecisionStatus.valueOf(e.status), p, x, r, e.reviewSubmittedOn, c, e.adoptedOn, e.publishedOn,
                e.version, e.created(), e.updated());
    }

    @ApplicationScoped
    static class Decisions implements PanacheRepositoryBase<MajorDecisionEntity, String> {
    }
}
