package fazhi.review.service;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.ReviewRound;
import fazhi.review.model.ReviewStatistics;
import fazhi.review.model.ReviewTexts;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.ReviewQuery;
import fazhi.review.port.in.ReviewSubmission;
import fazhi.review.port.in.ReviewingLegality;
import fazhi.review.port.out.LegalityReviewRepository;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.WorkingDays;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.service.RecordChanges;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

public class LegalityReviewService implements ReviewingLegality {

    static final String RECORD_TYPE = "legalityReview";

    /** Reading reviews: every role that works in a township. */
    static final Role[] READERS = {Role.STAFF, Role.OFFICER, Role.LEGAL_REVIEWER, Role.LEADER, Role.AUDITOR,
            Role.COUNTY_SYSTEM, Role.ADMIN};
    /** Submitting (and resubmitting): those who draft documents, decisions, contracts and penalty decisions. */
    static final Role[] SUBMITTERS = {Role.STAFF, Role.OFFICER, Role.LEADER};
    /** Assigning a round: the leadership, or the legal reviewers among themselves. */
    static final Role[] ASSIGNERS = {Role.LEADER, Role.LEGAL_REVIEWER};
    /** Giving the opinion: a legal reviewer (the assigned one, the model checks). */
    static final Role[] REVIEWERS = {Role.LEGAL_REVIEWER};

    private final LegalityReviewRepository reviews;
    private final Townships townships;
    private final Clock clock;
    private final RecordChanges<LegalityReview> changes;
    private final Supplier<WorkingDays> workingDays;

    /**
     * {@code workingDays} gives a fresh count over the holiday calendar, so that each use sees the calendar as
     * the administrator last left it.
     */
    public LegalityReviewService(LegalityReviewRepository reviews, Townships townships, AuditLog auditLog,
                                 Clock clock, Supplier<WorkingDays> workingDays) {
        this.reviews = reviews;
        this.townships = townships;
        this.clock = clock;
        this.changes = new RecordChanges<>(RECORD_TYPE, reviews::find, reviews::save, auditLog, clock);
        this.workingDays = workingDays;
    }

    @Override
    public LegalityReview submit(Actor actor, TownshipCode township, ReviewSubmission submission) {
        townships.get(actor, township);
        actor.requireRole(SUBMITTERS);
        Optional<LegalityReview> existing = reviews.findBySubject(township, submission.subjectType(),
                submission.subjectRef());
        if (existing.isPresent()) {
            throw existing.get().anotherForTheSameSubject();
        }
        LegalityReview review = LegalityReview.submit(UUID.randomUUID().toString(), township,
                submission.subjectType(), submission.subjectRef(), submission.subjectTitle(), actor.username(),
                submission.materials(), submission.reviewer(), clock.today(), workingDays.get());
        LegalityReview saved = reviews.save(review, changes.stamp(actor));
        changes.audit(actor, saved, "legalityReview.submitted", Map.of());
        return saved;
    }

    @Override
    public LegalityReview assign(Actor actor, TownshipCode township, String id, long expectedVersion,
                                 String reviewer) {
        String username = ReviewTexts.required("reviewer", reviewer, LegalityReview.MAX_USERNAME_LENGTH);
        return changes.change(actor, township, id, expectedVersion, ASSIGNERS, "legalityReview.assigned",
                review -> review.assign(username));
    }

    @Override
    public LegalityReview decide(Actor actor, TownshipCode township, String id, long expectedVersion,
                                 ReviewOpinion opinion) {
        if (opinion == null) {
            throw new InvalidInput("opinion", "field.required");
        }
        return changes.change(actor, township, id, expectedVersion, REVIEWERS, "legalityReview.decided",
                review -> review.decide(actor, opinion, clock.today()));
    }

    @Override
    public LegalityReview resubmit(Actor actor, TownshipCode township, String id, long expectedVersion,
                                   List<String> materials) {
        List<String> checked = ReviewRound.materials(materials);
        return changes.change(actor, township, id, expectedVersion, SUBMITTERS, "legalityReview.resubmitted",
                review -> review.resubmit(actor, checked, clock.today(), workingDays.get()));
    }

    @Override
    public LegalityReview get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return changes.load(township, id);
    }

    @Override
    public Page<LegalityReview> list(Actor actor, TownshipCode township, ReviewQuery query, PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        return reviews.search(township, query.resolvedFor(actor), page, clock.today());
    }

    @Override
    public ReviewStatistics statistics(Actor actor, TownshipCode township, int year) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        if (year < 2000 || year > 2100) {
            throw new InvalidInput("year", "field.range", 2000, 2100);
        }
        List<ReviewStatistics.Count> counts = reviews.countByTypeAndOutcome(township, year);
        long total = counts.stream().mapToLong(ReviewStatistics.Count::reviews).sum();
        WorkingDays days = workingDays.get();
        Map<SubjectType, long[]> byType = new EnumMap<>(SubjectType.class);
        long decided = 0;
        long allDays = 0;
        for (ReviewStatistics.DecidedRound round : reviews.roundsDecidedIn(township, year)) {
            int took = days.between(round.submittedOn(), round.decidedOn());
            long[] sums = byType.computeIfAbsent(round.subjectType(), t -> new long[2]);
            sums[0]++;
            sums[1] += took;
            decided++;
            allDays += took;
        }
        List<ReviewStatistics.Duration> durations = new ArrayList<>();
        byType.forEach((type, sums) -> durations.add(new ReviewStatistics.Duration(type, sums[0],
                round1((double) sums[1] / sums[0]))));
        return new ReviewStatistics(year, total, counts, decided, decided == 0 ? null : round1((double) allDays / decided),
                durations);
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
