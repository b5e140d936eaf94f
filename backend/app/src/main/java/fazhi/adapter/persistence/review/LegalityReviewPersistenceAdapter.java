package fazhi.adapter.persistence.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.ReviewRound;
import fazhi.review.model.ReviewStatistics;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.ReviewQuery;
import fazhi.review.port.out.LegalityReviewRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LegalityReviewPersistenceAdapter implements LegalityReviewRepository {

    /** API sort fields and the entity attributes they sort by. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "dueOn", "dueOn",
            "submittedOn", "submittedOn",
            "createdAt", "createdAt");
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private final Reviews reviews;
    private final ObjectMapper json;

    public LegalityReviewPersistenceAdapter(Reviews reviews, ObjectMapper json) {
        this.reviews = reviews;
        this.json = json;
    }

    @Override
    public Optional<LegalityReview> find(TownshipCode township, String id) {
        return reviews.find("id = ?1 and township = ?2", id, township.value()).firstResultOptional()
                .map(this::toDomain);
    }

    @Override
    public Optional<LegalityReview> findBySubject(TownshipCode township, SubjectType subjectType,
                                                  String subjectRef) {
        return reviews.find("township = ?1 and subjectType = ?2 and subjectRef = ?3", township.value(),
                subjectType.name(), subjectRef).firstResultOptional().map(this::toDomain);
    }

    @Override
    public LegalityReview save(LegalityReview review, Stamp stamp) {
        LegalityReviewEntity entity = reviews.findByIdOptional(review.id()).orElseGet(() -> {
            LegalityReviewEntity created = new LegalityReviewEntity();
            created.id = review.id();
            created.township = review.township().value();
            return created;
        });
        ReviewRound current = review.current();
        entity.subjectType = review.subjectType().name();
        entity.subjectRef = review.subjectRef();
        entity.subjectTitle = review.subjectTitle();
        entity.submittedOn = review.submittedOn();
        entity.submittedBy = review.submittedBy();
        entity.currentRound = current.number();
        entity.status = current.outcome().name();
        entity.reviewer = current.reviewer();
        entity.earliestOn = current.earliestOn();
        entity.dueOn = current.dueOn();
        for (ReviewRound round : review.rounds()) {
            LegalityReviewRoundEntity row = entity.rounds.stream().filter(r -> r.number == round.number())
                    .findFirst().orElseGet(() -> newRound(entity, round.number()));
            if (write(row, round)) {
                row.stamp(stamp);
            }
        }
        // updated_at always moves on, so every change raises the review's version (its ETag)
        entity.stamp(stamp);
        reviews.persist(entity);
        // the flush assigns the new version, which the answer's ETag carries
        reviews.flush();
        return toDomain(entity);
    }

    @Override
    public Page<LegalityReview> search(TownshipCode township, ReviewQuery query, PageRequest page,
                                       LocalDate today) {
        List<String> where = new ArrayList<>(List.of("township = :township"));
        Parameters parameters = Parameters.with("township", township.value());
        if (query.subjectType() != null) {
            where.add("subjectType = :subjectType");
            parameters.and("subjectType", query.subjectType().name());
        }
        if (query.subjectRef() != null) {
            where.add("subjectRef = :subjectRef");
            parameters.and("subjectRef", query.subjectRef());
        }
        if (query.status() != null) {
            where.add("status = :status");
            parameters.and("status", query.status().name());
        }
        if (query.reviewer() != null) {
            where.add("reviewer = :reviewer");
            parameters.and("reviewer", query.reviewer());
        }
        if (query.submittedBy() != null) {
            where.add("submittedBy = :submittedBy");
            parameters.and("submittedBy", query.submittedBy());
        }
        if (query.overdue() != null) {
            where.add(query.overdue() ? "(status = :pending and dueOn < :today)"
                    : "(status <> :pending or dueOn >= :today)");
            parameters.and("pending", ReviewOutcome.PENDING.name()).and("today", today);
        }
        if (query.year() != null) {
            where.add("submittedOn between :yearStart and :yearEnd");
            parameters.and("yearStart", LocalDate.of(query.year(), 1, 1))
                    .and("yearEnd", LocalDate.of(query.year(), 12, 31));
        }
        Sort sort = Sort.by(SORT_COLUMNS.get(page.sortField()),
                page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending).and("id");
        PanacheQuery<LegalityReviewEntity> found = reviews.find(String.join(" and ", where), sort, parameters)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(found.list().stream().map(this::toDomain).toList(), page.page(), page.size(),
                found.count());
    }

    @Override
    public List<ReviewStatistics.Count> countByTypeAndOutcome(TownshipCode township, int year) {
        return reviews.getEntityManager().createQuery("""
                        select r.subjectType, r.status, count(r) from LegalityReviewEntity r
                        where r.township = :township and r.submittedOn between :from and :to
                        group by r.subjectType, r.status
                        order by r.subjectType, r.status""", Object[].class)
                .setParameter("township", township.value())
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList().stream()
                .map(row -> new ReviewStatistics.Count(SubjectType.valueOf((String) row[0]),
                        ReviewOutcome.valueOf((String) row[1]), ((Number) row[2]).longValue()))
                .toList();
    }

    @Override
    public List<ReviewStatistics.DecidedRound> roundsDecidedIn(TownshipCode township, int year) {
        return reviews.getEntityManager().createQuery("""
                        select r.review.subjectType, r.submittedOn, r.decidedOn from LegalityReviewRoundEntity r
                        where r.township = :township and r.decidedOn between :from and :to""", Object[].class)
                .setParameter("township", township.value())
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList().stream()
                .map(row -> new ReviewStatistics.DecidedRound(SubjectType.valueOf((String) row[0]),
                        (LocalDate) row[1], (LocalDate) row[2]))
                .toList();
    }

    private static LegalityReviewRoundEntity newRound(LegalityReviewEntity review, int number) {
        LegalityReviewRoundEntity row = new LegalityReviewRoundEntity();
        row.id = UUID.randomUUID().toString();
        row.review = review;
        row.township = review.township;
        row.number = number;
        review.rounds.add(row);
        return row;
    }

    /** Writes the round into its row; answers whether anything changed (a new row always has). */
    private boolean write(LegalityReviewRoundEntity row, ReviewRound round) {
        Object[] before = columns(row);
        ReviewOpinion opinion = round.opinion();
        row.submittedOn = round.submittedOn();
        row.submittedBy = round.submittedBy();
        row.materials = text(round.materials());
        row.reviewer = round.reviewer();
        row.earliestOn = round.earliestOn();
        row.dueOn = round.dueOn();
        row.outcome = round.outcome().name();
        row.requiredChanges = opinion instanceof ReviewOpinion.ApprovedWithChanges changes
                ? text(changes.requiredChanges()) : null;
        row.reasons = opinion instanceof ReviewOpinion.Rejected rejected ? text(rejected.reasons()) : null;
        row.earlyReason = opinion == null ? null : opinion.earlyReason();
        row.decidedOn = round.decidedOn();
        row.decidedBy = round.decidedBy();
        return row.createdAt == null || !Arrays.equals(before, columns(row));
    }

    private static Object[] columns(LegalityReviewRoundEntity row) {
        return new Object[] {row.submittedOn, row.submittedBy, row.materials, row.reviewer, row.earliestOn,
                row.dueOn, row.outcome, row.requiredChanges, row.reasons, row.earlyReason, row.decidedOn,
                row.decidedBy};
    }

    private LegalityReview toDomain(LegalityReviewEntity entity) {
        List<ReviewRound> rounds = entity.rounds.stream().map(this::toDomain).toList();
        return new LegalityReview(entity.id, TownshipCode.of(entity.township), SubjectType.valueOf(entity.subjectType),
                entity.subjectRef, entity.subjectTitle, rounds, entity.version, entity.created(), entity.updated());
    }

    private ReviewRound toDomain(LegalityReviewRoundEntity row) {
        ReviewOpinion opinion = switch (ReviewOutcome.valueOf(row.outcome)) {
            case APPROVED -> new ReviewOpinion.Approved(row.earlyReason);
            case APPROVED_WITH_CHANGES -> new ReviewOpinion.ApprovedWithChanges(texts(row.requiredChanges),
                    row.earlyReason);
            case REJECTED -> new ReviewOpinion.Rejected(texts(row.reasons), row.earlyReason);
            case PENDING, NONE -> null;
        };
        return new ReviewRound(row.number, row.submittedOn, row.submittedBy, texts(row.materials), row.reviewer,
                row.earliestOn, row.dueOn, opinion, row.decidedOn, row.decidedBy);
    }

    private String text(List<String> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lists of texts are plain strings", e);
        }
    }

    private List<String> texts(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return Objects.requireNonNull(json.readValue(text, TEXTS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored lists are JSON arrays written by this class", e);
        }
    }

    @ApplicationScoped
    static class Reviews implements PanacheRepositoryBase<LegalityReviewEntity, String> {
    }
}
