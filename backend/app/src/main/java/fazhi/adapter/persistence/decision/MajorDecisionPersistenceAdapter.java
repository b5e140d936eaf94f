package fazhi.adapter.persistence.decision;

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
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class MajorDecisionPersistenceAdapter implements MajorDecisionRepository {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "catalogueNumber", "catalogueNumber",
            "year", "catalogueYear",
            "title", "title",
            "adoptedOn", "adoptedOn",
            "publishedOn", "publishedOn",
            "createdAt", "createdAt");

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
        List<String> where = new ArrayList<>(List.of("township = :township"));
        Parameters parameters = Parameters.with("township", township.value());
        if (query.year() != null) {
            where.add("catalogueYear = :year");
            parameters.and("year", query.year());
        }
        if (query.catalogued() != null) {
            where.add(query.catalogued() ? "catalogueNumber is not null" : "catalogueNumber is null");
        }
        if (query.status() != null) {
            where.add("status = :status");
            parameters.and("status", query.status().name());
        }
        if (query.text() != null) {
            where.add("(lower(title) like :text or lower(sponsor) like :text)");
            parameters.and("text", "%" + query.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        Sort sort = Sort.by(SORT_COLUMNS.get(page.sortField()),
                page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending).and("id");
        PanacheQuery<MajorDecisionEntity> found = decisions.find(String.join(" and ", where), sort, parameters)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(found.list().stream().map(MajorDecisionPersistenceAdapter::toDomain).toList(),
                page.page(), page.size(), found.count());
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
