package fazhi.review.model;

import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Role;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;
import fazhi.shared.model.WorkingDays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A legality review (合法性审查) of one subject of a township (a normative document, a major decision, a
 * contract, an enforcement decision, other), in rounds: each round is submitted with its materials, assigned
 * to a legal reviewer and answered with an opinion. One review per subject: a rejected subject is resubmitted
 * in a new round, never submitted anew (LR-05). {@code version} is the ETag (SYS-02).
 */
public final class LegalityReview implements TrackedRecord {

    public static final int MAX_SUBJECT_REF_LENGTH = 100;
    public static final int MAX_SUBJECT_TITLE_LENGTH = 200;
    public static final int MAX_USERNAME_LENGTH = 100;

    private final String id;
    private final TownshipCode township;
    private final SubjectType subjectType;
    private final String subjectRef;
    private final String subjectTitle;
    private final List<ReviewRound> rounds;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public LegalityReview(String id, TownshipCode township, SubjectType subjectType, String subjectRef,
                          String subjectTitle, List<ReviewRound> rounds, long version, Stamp created,
                          Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectRef = Objects.requireNonNull(subjectRef);
        this.subjectTitle = Objects.requireNonNull(subjectTitle);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a review has at least one round");
        }
        this.rounds = new ArrayList<>(rounds);
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    /**
     * Round 1, submitted today by {@code submittedBy}, optionally already assigned to {@code reviewer}, who
     * may not be the submitter (LR-04).
     */
    public static LegalityReview submit(String id, TownshipCode township, SubjectType subjectType,
                                        String subjectRef, String subjectTitle, String submittedBy,
                                        List<String> materials, String reviewer, LocalDate today,
                                        WorkingDays workingDays) {
        if (reviewer != null && reviewer.equals(submittedBy)) {
            throw new RuleViolation(Rule.LR_04, "review.lr04.ownSubmission");
        }
        ReviewRound first = ReviewRound.open(1, subjectType, today, submittedBy, materials, reviewer, workingDays);
        return new LegalityReview(id, township, subjectType, subjectRef, subjectTitle, List.of(first), 0, null,
                null);
    }

    /** Assigns (or reassigns) the current round, while it waits for its opinion, to a reviewer (LR-04). */
    public void assign(String reviewer) {
        requirePending();
        requireNotSubmitter(reviewer);
        replaceCurrent(current().assignedTo(reviewer));
    }

    /**
     * The opinion of the current round, given today by {@code actor}: never by one who submitted the subject
     * (LR-04), only by the assigned reviewer, within the window of LR-01 (normative documents) and LR-02 (major
     * decisions).
     */
    public void decide(Actor actor, ReviewOpinion opinion, LocalDate today) {
        Objects.requireNonNull(opinion, "opinion");
        requirePending();
        requireNotSubmitter(actor.username());
        if (!actor.username().equals(current().reviewer())) {
            throw new AccessDenied(actor.username(), Set.of(Role.LEGAL_REVIEWER));
        }
        ReviewOpinion recorded = current().checked(subjectType, opinion, today);
        replaceCurrent(current().decided(recorded, today, actor.username()));
    }

    /** LR-05: one review per subject; a rejected subject goes on in a new round of this review. */
    public RuleViolation anotherForTheSameSubject() {
        return status() == ReviewOutcome.REJECTED
                ? new RuleViolation(Rule.LR_05, "review.lr05.resubmitRejected", id)
                : new RuleViolation(Rule.LR_05, "review.lr05.alreadyReviewed", id, status());
    }

    /**
     * LR-05: a rejected subject is resubmitted with new materials, by its submitter or a leader, as a new round;
     * the earlier rounds are kept. The reviewer stays on unless they are the one resubmitting (LR-04).
     */
    public void resubmit(Actor actor, List<String> materials, LocalDate today, WorkingDays workingDays) {
        if (current().outcome() != ReviewOutcome.REJECTED) {
            throw new RuleViolation(Rule.LR_05, "review.lr05.resubmitOnlyRejected", current().outcome());
        }
        if (!actor.username().equals(submittedBy()) && !actor.hasAnyRole(Role.LEADER)) {
            throw new AccessDenied(actor.username(), Set.of(Role.LEADER));
        }
        String reviewer = actor.username().equals(current().reviewer()) ? null : current().reviewer();
        rounds.add(ReviewRound.open(rounds.size() + 1, subjectType, today, actor.username(), materials, reviewer,
                workingDays));
    }

    /** What the review gate answers for the subject: its latest round. */
    public ReviewStatus latestStatus() {
        ReviewRound round = current();
        return new ReviewStatus(id, round.number(), round.outcome(), round.submittedOn(), round.decidedOn());
    }

    /** LR-04: the reviewer of a round is none of those who submitted any round of the subject. */
    private void requireNotSubmitter(String username) {
        boolean submitter = rounds.stream().anyMatch(r -> r.submittedBy().equals(username));
        if (submitter) {
            throw new RuleViolation(Rule.LR_04, "review.lr04.ownSubmission");
        }
    }

    private void requirePending() {
        if (!current().isPending()) {
            throw new InvalidInput("status", "review.status.decided", current().outcome());
        }
    }

    private void replaceCurrent(ReviewRound round) {
        rounds.set(rounds.size() - 1, round);
    }

    /** The fields an audit event compares, as text: the subject and the current round. */
    public Map<String, String> snapshot() {
        ReviewRound round = current();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("subjectType", subjectType.name());
        fields.put("subjectRef", subjectRef);
        fields.put("subjectTitle", subjectTitle);
        fields.put("round", Integer.toString(round.number()));
        fields.put("round.submittedOn", round.submittedOn().toString());
        fields.put("round.submittedBy", round.submittedBy());
        fields.put("round.materials", String.join("；", round.materials()));
        fields.put("round.reviewer", round.reviewer());
        fields.put("round.earliestOn", round.earliestOn() == null ? null : round.earliestOn().toString());
        fields.put("round.dueOn", round.dueOn().toString());
        fields.put("round.outcome", round.outcome().name());
        ReviewOpinion opinion = round.opinion();
        if (opinion instanceof ReviewOpinion.ApprovedWithChanges changes) {
            fields.put("round.requiredChanges", String.join("；", changes.requiredChanges()));
        }
        if (opinion instanceof ReviewOpinion.Rejected rejected) {
            fields.put("round.reasons", String.join("；", rejected.reasons()));
        }
        fields.put("round.earlyReason", opinion == null ? null : opinion.earlyReason());
        fields.put("round.decidedOn", round.decidedOn() == null ? null : round.decidedOn().toString());
        fields.put("round.decidedBy", round.decidedBy());
        return fields;
    }

    public ReviewRound current() {
        return rounds.get(rounds.size() - 1);
    }

    /** The outcome of the current round: where the review stands. */
    public ReviewOutcome status() {
        return current().outcome();
    }

    public boolean isOverdue(LocalDate today) {
        return current().isOverdue(today);
    }

    /** The first submission: when the subject came to review. */
    public LocalDate submittedOn() {
        return rounds.get(0).submittedOn();
    }

    public String submittedBy() {
        return rounds.get(0).submittedBy();
    }

    public String id() {
        return id;
    }

    public TownshipCode township() {
        return township;
    }

    public SubjectType subjectType() {
        return subjectType;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public String subjectTitle() {
        return subjectTitle;
    }

    /** All rounds, the first first (LR-05). */
    public List<ReviewRound> rounds() {
        return List.copyOf(rounds);
    }

    public long version() {
        return version;
    }

    public Stamp created() {
        return created;
    }

    public Stamp updated() {
        return updated;
    }
}
