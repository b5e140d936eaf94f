package fazhi.adapter.persistence.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fazhi.adapter.persistence.shared.ListQuery.Order;
import fazhi.adapter.persistence.shared.ListQuery;
import fazhi.adapter.persistence.shared.Listings;
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
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LegalityReviewPersistenceAdapter implements LegalityReviewRepository, Listings {

    /** API sort fields and how they order the list; each index carries the filter columns after the id. */
    static final Map<String, Order> SORTS = Map.of(
            "dueOn", Order.by("ix_legality_reviews_list_due", "due_on"),
            "submittedOn", Order.by("ix_legality_reviews_list_submitted", "submitted_on"),
            "createdAt", Order.by("ix_legality_reviews_list_created", "created_at"));
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
        return listQuery(township, query, page, today).fetch(reviews.getEntityManager(), LegalityReviewEntity.class,
                e -> e.id, page).map(this::toDomain);
    }

    @Override
    public List<Listing<?>> listings() {
        return List.of(new Listing<>("legality reviews", ReviewQuery.class, ReviewQuery.SORTABLE, this::listQuery));
    }

    /** A subject's reference finds its reviews through its own index; the other filters ride on the sort's. */
    ListQuery listQuery(TownshipCode township, ReviewQuery query, PageRequest page, LocalDate today) {
        ListQuery list = ListQuery.of("legality_reviews", township.value());
        if (query.subjectType() != null) {
            list.where("subject_type = ?", query.subjectType().name());
        }
        if (query.subjectRef() != null) {
            list.where("subject_ref = ?", query.subjectRef()).narrowed();
        }
        if (query.status() != null) {
            list.where("status = ?", query.status().name());
        }
        if (query.reviewer() != null) {
            list.where("reviewer = ?", query.reviewer());
        }
        if (query.submittedBy() != null) {
            list.where("submitted_by = ?", query.submittedBy());
        }
        if (query.overdue() != null) {
            String pending = ReviewOutcome.PENDING.name();
            if (query.overdue()) {
                list.where("(status = ? AND due_on < ?)", pending, today);
            } else {
                list.where("(status <> ? OR due_on >= ?)", pending, today);
            }
        }
        if (query.year() != null) {
            list.where("submitted_on BETWEEN ? AND ?", LocalDate.of(query.year(), 1, 1),
                    LocalDate.of(query.year(), 12, 31));
        }
        return list.orderBy(SORTS.get(page.sortField()), page.ascending());
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
