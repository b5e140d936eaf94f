package fazhi.review.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A major administrative decision (重大行政决策) of a township, in the year's catalogue or not, and its procedure:
 * public participation, expert argument, risk assessment and a passed legality review come before the collective
 * discussion, and the decision is adopted only after that discussion (LR-02); an adopted decision is then
 * published. Steps are recorded (and corrected) until adoption. {@code version} is the ETag (SYS-02).
 */
public final class MajorDecision implements TrackedRecord {

    private final String id;
    private final TownshipCode township;
    private DecisionDetails details;
    private DecisionStatus status;
    private PublicParticipation publicParticipation;
    private ExpertArgument expertArgument;
    private RiskAssessment riskAssessment;
    private LocalDate reviewSubmittedOn;
    private CollectiveDiscussion collectiveDiscussion;
    private LocalDate adoptedOn;
    private LocalDate publishedOn;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public MajorDecision(String id, TownshipCode township, DecisionDetails details, DecisionStatus status,
                         PublicParticipation publicParticipation, ExpertArgument expertArgument,
                         RiskAssessment riskAssessment, LocalDate reviewSubmittedOn,
                         CollectiveDiscussion collectiveDiscussion, LocalDate adoptedOn, LocalDate publishedOn,
                         long version, Stamp created, Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.details = Objects.requireNonNull(details);
        this.status = Objects.requireNonNull(status);
        this.publicParticipation = publicParticipation;
        this.expertArgument = expertArgument;
        this.riskAssessment = riskAssessment;
        this.reviewSubmittedOn = reviewSubmittedOn;
        this.collectiveDiscussion = collectiveDiscussion;
        this.adoptedOn = adoptedOn;
        this.publishedOn = publishedOn;
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    /** A decision entering its procedure. */
    public static MajorDecision propose(String id, TownshipCode township, DecisionDetails details) {
        return new MajorDecision(id, township, details, DecisionStatus.IN_PROCEDURE, null, null, null, null, null,
                null, null, 0, null, null);
    }

    public void revise(DecisionDetails newDetails) {
        requireInProcedure();
        this.details = Objects.requireNonNull(newDetails);
    }

    public void record(PublicParticipation step) {
        requireInProcedure();
        this.publicParticipation = Objects.requireNonNull(step);
    }

    public void record(ExpertArgument step) {
        requireInProcedure();
        this.expertArgument = Objects.requireNonNull(step);
    }

    public void record(RiskAssessment step) {
        requireInProcedure();
        this.riskAssessment = Objects.requireNonNull(step);
    }

    /** The day the decision went to its legality review (the review itself is the review area's record). */
    public void submitForReview(LocalDate today) {
        requireInProcedure();
        this.reviewSubmittedOn = today;
    }

    /**
     * LR-02: the collective discussion comes only after public participation, expert argument, risk assessment
     * and a passed legality review, and its meeting is not dated before the steps that precede it (the end of the
     * comment period, the expert argument, the risk assessment, the review's opinion).
     */
    public void record(CollectiveDiscussion discussion, ReviewStatus review) {
        requireInProcedure();
        Objects.requireNonNull(discussion);
        List<ProcedureStep> missing = missingBefore(ProcedureStep.COLLECTIVE_DISCUSSION, review);
        LocalDate latestStep = missing.isEmpty() ? Stream.of(publicParticipation.commentsUntil(),
                expertArgument.heldOn(), riskAssessment.assessedOn(), review.decidedOn()).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElseThrow() : null;
        MajorDecisionProcedure.requireReadyForDiscussion(missing, discussion.meetingOn(), latestStep);
        this.collectiveDiscussion = discussion;
    }

    /**
     * IN_PROCEDURE → ADOPTED. LR-02: only after the collective discussion (and so after every step before it),
     * on or after the day of the meeting.
     */
    public void adopt(LocalDate on, ReviewStatus review) {
        if (on == null) {
            throw new InvalidInput("adoptedOn", "field.required");
        }
        requireTransition(DecisionStatus.ADOPTED);
        MajorDecisionProcedure.requireReadyForAdoption(missingBefore(null, review));
        if (on.isBefore(collectiveDiscussion.meetingOn())) {
            throw new InvalidInput("adoptedOn", "decision.adoptedOn.beforeDiscussion",
                    collectiveDiscussion.meetingOn().toString());
        }
        this.adoptedOn = on;
        this.status = DecisionStatus.ADOPTED;
    }

    /** ADOPTED → PUBLISHED, not before the day it was adopted. */
    public void publish(LocalDate on) {
        if (on == null) {
            throw new InvalidInput("publishedOn", "field.required");
        }
        requireTransition(DecisionStatus.PUBLISHED);
        if (on.isBefore(adoptedOn)) {
            throw new InvalidInput("publishedOn", "decision.publishedOn.beforeAdoption", adoptedOn.toString());
        }
        this.publishedOn = on;
        this.status = DecisionStatus.PUBLISHED;
    }

    /**
     * The steps not done, in order, of those before {@code step} (all steps when null). The legality review is
     * done when the review gate says it passed.
     */
    public List<ProcedureStep> missingBefore(ProcedureStep step, ReviewStatus review) {
        List<ProcedureStep> missing = new ArrayList<>();
        for (StepProgress progress : progress(review)) {
            if (progress.step() == step) {
                break;
            }
            if (!progress.done()) {
                missing.add(progress.step());
            }
        }
        return missing;
    }

    /** Every step of the procedure, in order, done or not (for the antd Steps the SPA shows). */
    public List<StepProgress> progress(ReviewStatus review) {
        return List.of(
                new StepProgress(ProcedureStep.PUBLIC_PARTICIPATION, publicParticipation != null,
                        publicParticipation == null ? null : publicParticipation.commentsUntil()),
                new StepProgress(ProcedureStep.EXPERT_ARGUMENT, expertArgument != null,
                        expertArgument == null ? null : expertArgument.heldOn()),
                new StepProgress(ProcedureStep.RISK_ASSESSMENT, riskAssessment != null,
                        riskAssessment == null ? null : riskAssessment.assessedOn()),
                new StepProgress(ProcedureStep.LEGALITY_REVIEW, review.passed(),
                        review.passed() ? review.decidedOn() : null),
                new StepProgress(ProcedureStep.COLLECTIVE_DISCUSSION, collectiveDiscussion != null,
                        collectiveDiscussion == null ? null : collectiveDiscussion.meetingOn()));
    }

    private void requireInProcedure() {
        if (status != DecisionStatus.IN_PROCEDURE) {
            throw new InvalidInput("status", "decision.notInProcedure", status);
        }
    }

    private void requireTransition(DecisionStatus target) {
        if (!status.canBecome(target)) {
            throw new InvalidInput("status", "decision.status.transition", status, target);
        }
    }

    /** The fields an audit event compares, as text. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("year", details.year().toString());
        fields.put("catalogueNumber", details.catalogueNumber() == null ? null : details.catalogueNumber().toString());
        fields.put("title", details.title());
        fields.put("description", details.description());
        fields.put("sponsor", details.sponsor());
        fields.put("status", status.name());
        PublicParticipation p = publicParticipation;
        fields.put("publicParticipation.commentsFrom", p == null ? null : p.commentsFrom().toString());
        fields.put("publicParticipation.commentsUntil", p == null ? null : p.commentsUntil().toString());
        fields.put("publicParticipation.summary", p == null ? null : p.summary());
        ExpertArgument e = expertArgument;
        fields.put("expertArgument.heldOn", e == null ? null : e.heldOn().toString());
        fields.put("expertArgument.experts", e == null ? null : String.join("、", e.experts()));
        fields.put("expertArgument.conclusion", e == null ? null : e.conclusion());
        RiskAssessment r = riskAssessment;
        fields.put("riskAssessment.assessedOn", r == null ? null : r.assessedOn().toString());
        fields.put("riskAssessment.level", r == null ? null : r.level().name());
        fields.put("riskAssessment.conclusion", r == null ? null : r.conclusion());
        fields.put("reviewSubmittedOn", reviewSubmittedOn == null ? null : reviewSubmittedOn.toString());
        CollectiveDiscussion c = collectiveDiscussion;
        fields.put("collectiveDiscussion.meetingOn", c == null ? null : c.meetingOn().toString());
        fields.put("collectiveDiscussion.minutesRef", c == null ? null : c.minutesRef());
        fields.put("adoptedOn", adoptedOn == null ? null : adoptedOn.toString());
        fields.put("publishedOn", publishedOn == null ? null : publishedOn.toString());
        return fields;
    }

    public String id() {
        return id;
    }

    public TownshipCode township() {
        return township;
    }

    public DecisionDetails details() {
        return details;
    }

    public DecisionStatus status() {
        return status;
    }

    public PublicParticipation publicParticipation() {
        return publicParticipation;
    }

    public ExpertArgument expertArgument() {
        return expertArgument;
    }

    public RiskAssessment riskAssessment() {
        return riskAssessment;
    }

    public LocalDate reviewSubmittedOn() {
        return reviewSubmittedOn;
    }

    public CollectiveDiscussion collectiveDiscussion() {
        return collectiveDiscussion;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public LocalDate publishedOn() {
        return publishedOn;
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
