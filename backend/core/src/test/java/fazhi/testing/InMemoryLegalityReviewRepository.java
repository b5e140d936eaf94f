package fazhi.testing;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewRound;
import fazhi.review.model.ReviewStatistics;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.ReviewQuery;
import fazhi.review.port.out.LegalityReviewRepository;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reviews kept as copies, so that a change the service makes to a loaded review counts only once it is saved.
 * Each save raises the version by one, as the persistence adapter's optimistic lock does. The statistics
 * answers are what a test puts in.
 */
public final class InMemoryLegalityReviewRepository implements LegalityReviewRepository {

    private final Map<String, LegalityReview> reviews = new LinkedHashMap<>();
    private final List<LegalityReview> saves = new ArrayList<>();
    private Search lastSearch;
    private List<ReviewStatistics.Count> counts = List.of();
    private List<ReviewStatistics.DecidedRound> decidedRounds = List.of();

    /** What the service asked {@link #search} for. */
    public record Search(TownshipCode township, ReviewQuery query, PageRequest page, LocalDate today) {
    }

    /** Stores a review as it is, bypassing the service: the "given" of a test. */
    public LegalityReview store(LegalityReview review) {
        reviews.put(review.id(), copy(review, review.version(), review.created(), review.updated()));
        return review;
    }

    @Override
    public Optional<LegalityReview> find(TownshipCode township, String id) {
        return Optional.ofNullable(reviews.get(id))
                .filter(r -> r.township().equals(township))
                .map(r -> copy(r, r.version(), r.created(), r.updated()));
    }

    @Override
    public Optional<LegalityReview> findBySubject(TownshipCode township, SubjectType subjectType,
                                                  String subjectRef) {
        return reviews.values().stream()
                .filter(r -> r.township().equals(township) && r.subjectType() == subjectType
                        && r.subjectRef().equals(subjectRef))
                .findFirst()
                .map(r -> copy(r, r.version(), r.created(), r.updated()));
    }

    @Override
    public LegalityReview save(LegalityReview review, Stamp stamp) {
        LegalityReview stored = reviews.get(review.id());
        long version = stored == null ? 0 : stored.version() + 1;
        Stamp created = stored == null ? stamp : stored.created();
        LegalityReview saved = copy(review, version, created, stamp);
        reviews.put(saved.id(), saved);
        saves.add(saved);
        return copy(saved, saved.version(), saved.created(), saved.updated());
    }

    @Override
    public Page<LegalityReview> search(TownshipCode township, ReviewQuery query, PageRequest page,
                                       LocalDate today) {
        lastSearch = new Search(township, query, page, today);
        List<LegalityReview> found = reviews.values().stream()
                .filter(r -> r.township().equals(township))
                .filter(r -> query.subjectType() == null || r.subjectType() == query.subjectType())
                .filter(r -> query.status() == null || r.status() == query.status())
                .filter(r -> query.reviewer() == null || query.reviewer().equals(r.current().reviewer()))
                .filter(r -> query.overdue() == null || r.isOverdue(today) == query.overdue())
                .toList();
        List<LegalityReview> onPage = found.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(onPage, page.page(), page.size(), found.size());
    }

    @Override
    public List<ReviewStatistics.Count> countByTypeAndOutcome(TownshipCode township, int year) {
        return counts;
    }

    @Override
    public List<ReviewStatistics.DecidedRound> roundsDecidedIn(TownshipCode township, int year) {
        return decidedRounds;
    }

    /** The answers of the two statistics queries. */
    public void givenStatistics(List<ReviewStatistics.Count> counts, List<ReviewStatistics.DecidedRound> rounds) {
        this.counts = List.copyOf(counts);
        this.decidedRounds = List.copyOf(rounds);
    }

    public LegalityReview stored(String id) {
        return Objects.requireNonNull(reviews.get(id), "no review " + id);
    }

    public List<LegalityReview> saves() {
        return List.copyOf(saves);
    }

    public Search lastSearch() {
        return lastSearch;
    }

    private static LegalityReview copy(LegalityReview r, long version, Stamp created, Stamp updated) {
        List<ReviewRound> rounds = new ArrayList<>(r.rounds());
        return new LegalityReview(r.id(), r.township(), r.subjectType(), r.subjectRef(), r.subjectTitle(), rounds,
                version, created, updated);
    }
}
