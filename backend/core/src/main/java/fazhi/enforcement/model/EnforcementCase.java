package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * An enforcement case (行政处罚案件) of a township, from filing (立案) through investigation, notice, hearing,
 * legal review, decision, delivery and execution to closing, each step checked against the Administrative
 * Penalty Law (ENF-01..ENF-13) as it happens. {@code version} is the ETag (SYS-02).
 */
public final class EnforcementCase implements TrackedRecord {

    /** Fields of {@link #snapshot()} that are personal data, masked in the audit log. */
    public static final Set<String> PERSONAL_FIELDS = Set.of("party.idNumber", "party.phone");

    private final String id;
    private final TownshipCode township;
    private final CaseNumber caseNumber;
    private CaseDetails details;
    private final LocalDate filedOn;
    private CaseStatus status;
    private Investigation investigation;
    private Notice notice;
    private Hearing hearing;
    private LegalReviewRequest legalReview;
    private Extension extension;
    private PenaltyDecision decision;
    private Delivery delivery;
    private Execution execution;
    private ProcessRecord processRecord;
    private LocalDate closedOn;
    private Publication publication;
    private Revocation revocation;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public EnforcementCase(String id, TownshipCode township, CaseNumber caseNumber, CaseDetails details,
                           LocalDate filedOn, CaseStatus status, CaseProgress progress, long version, Stamp created,
                           Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.caseNumber = Objects.requireNonNull(caseNumber);
        this.details = Objects.requireNonNull(details);
        this.filedOn = Objects.requireNonNull(filedOn);
        this.status = Objects.requireNonNull(status);
        this.investigation = progress.investigation();
        this.notice = progress.notice();
        this.hearing = progress.hearing();
        this.legalReview = progress.legalReview();
        this.extension = progress.extension();
        this.decision = progress.decision();
        this.delivery = progress.delivery();
        this.execution = progress.execution();
        this.processRecord = progress.processRecord();
        this.closedOn = progress.closedOn();
        this.publication = progress.publication();
        this.revocation = progress.revocation();
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    /**
     * 立案: the team must be fit on the filing day (ENF-01, ENF-02) and the violation discovered within the
     * limitation (ENF-12).
     */
    public static EnforcementCase file(String id, TownshipCode township, CaseNumber number, CaseDetails details,
                                       LocalDate filedOn, EnforcementTeam team) {
        CaseTexts.date("filedOn", filedOn);
        if (filedOn.isBefore(details.discoveredOn())) {
            throw new InvalidInput("filedOn", "enforcementCase.filedBeforeDiscovery", details.discoveredOn());
        }
        team.requireFitFor(filedOn);
        Limitation.require(details.violationDate(), details.discoveredOn(), details.harmsLifeHealthOrProperty());
        return new EnforcementCase(id, township, number, details, filedOn, CaseStatus.FILED, CaseProgress.NONE, 0,
                null, null);
    }

    /** Edits the filing while the case is filed or investigated; the team is checked on {@code today}. */
    public void edit(CaseDetails newDetails, EnforcementTeam team, LocalDate today) {
        if (!status.isEditable()) {
            throw new InvalidInput("status", "enforcementCase.notEditable", status);
        }
        if (filedOn.isBefore(newDetails.discoveredOn())) {
            throw new InvalidInput("discoveredOn", "enforcementCase.discoveredAfterFiling", filedOn);
        }
        if (investigation != null && newDetails.procedure() != details.procedure()) {
            requireSameProcedureAfterInvestigation(newDetails);
        }
        team.requireFitFor(today);
        Limitation.require(newDetails.violationDate(), newDetails.discoveredOn(),
                newDetails.harmsLifeHealthOrProperty());
        this.details = newDetails;
    }

    private void requireSameProcedureAfterInvestigation(CaseDetails newDetails) {
        if (details.procedure() == Procedure.ORDINARY && newDetails.procedure() == Procedure.SIMPLE) {
            throw new InvalidInput("procedure", "enforcementCase.procedure.fixed");
        }
    }

    /** 调查取证 begins. */
    public void investigate(LocalDate startedOn, String summary) {
        Investigation started = new Investigation(startedOn, summary);
        requireNotBefore("startedOn", startedOn, filedOn);
        moveTo(CaseStatus.INVESTIGATING);
        this.investigation = started;
    }

    /**
     * 告知: the intended penalty and the rights. The team must be fit that day (ENF-01/02); on the spot only
     * within ENF-03; a fine at or above the hearing threshold (or another measure in a major case) must offer a
     * hearing (ENF-06).
     */
    public void notify(Notice newNotice, EnforcementTeam team, EnforcementSettings settings) {
        requireTransition(CaseStatus.NOTIFIED);
        requireNotBefore("notifiedOn", newNotice.notifiedOn(), lastDateBeforeNotice());
        team.requireFitFor(newNotice.notifiedOn());
        SimpleProcedure.requireAllows(details, newNotice.intendedOutcome());
        HearingPolicy.requireOffered(details, newNotice, settings);
        this.status = CaseStatus.NOTIFIED;
        this.notice = newNotice;
        this.hearing = Hearing.none();
    }

    /** The party declines the hearing it was offered (放弃听证); a decision may then come before day 5 ends. */
    public void waiveHearing(LocalDate waivedOn) {
        CaseTexts.date("waivedOn", waivedOn);
        requireOfferedHearing();
        if (hearing.isWaived() || hearing.isRequested()) {
            throw new InvalidInput("status", "enforcementCase.hearing.alreadyAnswered");
        }
        requireNotBefore("waivedOn", waivedOn, notice.notifiedOn());
        this.hearing = hearing.waived(waivedOn);
    }

    /** The party asks for the hearing it was offered, in time (ENF-06). */
    public void requestHearing(LocalDate requestedOn) {
        CaseTexts.date("requestedOn", requestedOn);
        requireOfferedHearing();
        if (hearing.isWaived()) {
            throw new InvalidInput("status", "enforcementCase.hearing.alreadyAnswered");
        }
        requireTransition(CaseStatus.HEARING_REQUESTED);
        requireNotBefore("requestedOn", requestedOn, notice.notifiedOn());
        HearingPolicy.requireRequestInTime(notice, requestedOn);
        this.status = CaseStatus.HEARING_REQUESTED;
        this.hearing = hearing.requested(requestedOn);
    }

    /** The hearing was held (举行听证); the decision is now major (ENF-07). */
    public void holdHearing(LocalDate heldOn, String summary) {
        CaseTexts.date("heldOn", heldOn);
        String what = CaseTexts.required("summary", summary, Hearing.MAX_SUMMARY_LENGTH);
        requireTransition(CaseStatus.HEARING_HELD);
        requireNotBefore("heldOn", heldOn, hearing.requestedOn());
        this.status = CaseStatus.HEARING_HELD;
        this.hearing = hearing.held(heldOn, what);
    }

    /** The case was handed in for legal review (法制审核, ENF-07), before the decision. */
    public void requestLegalReview(LegalReviewRequest request) {
        if (status.isDecided()) {
            throw new InvalidInput("status", "enforcementCase.alreadyDecided", status);
        }
        if (legalReview != null) {
            throw new InvalidInput("status", "enforcementCase.legalReview.alreadyRequested");
        }
        this.legalReview = Objects.requireNonNull(request);
    }

    /** The id the review area gave the submitted review. */
    public void recordLegalReviewId(String reviewId) {
        if (legalReview == null) {
            throw new IllegalStateException("no legal review was requested");
        }
        this.legalReview = new LegalReviewRequest(reviewId, legalReview.requestedOn(), legalReview.reviewer());
    }

    /** ENF-04: a leader extends the 90 days of an ordinary case, with a reason, to a later day. */
    public void approveExtension(Extension newExtension) {
        if (details.procedure() != Procedure.ORDINARY) {
            throw new InvalidInput("procedure", "enforcementCase.extension.ordinaryOnly");
        }
        if (status.isDecided()) {
            throw new InvalidInput("status", "enforcementCase.alreadyDecided", status);
        }
        LocalDate due = decisionDueOn();
        if (!newExtension.until().isAfter(due)) {
            throw new InvalidInput("until", "enforcementCase.extension.notLater", due);
        }
        this.extension = newExtension;
    }

    /**
     * 作出处理决定. Checks, in order: the step (a requested hearing must be held first, ENF-06), the team on the
     * day (ENF-01/02), the simple procedure's limits (ENF-03), the 90 days (ENF-04), the notice (ENF-05), the
     * hearing offered and its window (ENF-06), the legal review of a major case (ENF-07), the party's earlier
     * violations for 首违不罚 (ENF-08), the limitation (ENF-12). A penalty then takes the next decision number of
     * its year from {@code numbering}.
     */
    public void decide(LocalDate decidedOn, Outcome outcome, boolean partyPresent, EnforcementTeam team,
                       EnforcementSettings settings, ReviewAnswer review, List<EarlierViolation> earlierViolations,
                       IntFunction<DecisionNumber> numbering) {
        CaseTexts.date("decidedOn", decidedOn);
        if (outcome == null) {
            throw new InvalidInput("outcome.kind", "field.required");
        }
        HearingPolicy.requireRequestedHeld(hearing);
        requireTransition(CaseStatus.DECIDED);
        requireNotBefore("decidedOn", decidedOn, filedOn);
        team.requireFitFor(decidedOn);
        SimpleProcedure.requireAllows(details, outcome);
        DecisionDeadline.require(decisionDueOn(), filedOn, decidedOn);
        if (outcome.isPenalty()) {
            NoticeBeforeDecision.require(notice, decidedOn, outcome);
            HearingPolicy.requireDone(details, notice, hearing, decidedOn, outcome, settings);
        }
        LegalReviewRequirement.require(details, hearing, review);
        FirstViolationPolicy.require(outcome, earlierViolations);
        if (outcome.isPenalty()) {
            Limitation.require(details.violationDate(), details.discoveredOn(),
                    details.harmsLifeHealthOrProperty());
        }
        DecisionNumber number = outcome.isPenalty() ? numbering.apply(decidedOn.getYear()) : null;
        this.decision = new PenaltyDecision(number, outcome, decidedOn, partyPresent);
        this.status = CaseStatus.DECIDED;
    }

    /** ENF-10: 送达, with the team fit that day; after the due date only with a reason. */
    public void deliver(Delivery newDelivery, EnforcementTeam team) {
        requireTransition(CaseStatus.DELIVERED);
        requireNotBefore("deliveredOn", newDelivery.deliveredOn(), decision.decidedOn());
        team.requireFitFor(newDelivery.deliveredOn());
        decision.requireDeliveredInTime(newDelivery);
        this.delivery = newDelivery;
        this.status = CaseStatus.DELIVERED;
    }

    /**
     * 执行: a fine is paid with the late surcharge owed on the day (ENF-11); another measure is performed.
     */
    public void execute(LocalDate executedOn, Money amountPaid) {
        CaseTexts.date("executedOn", executedOn);
        if (status == CaseStatus.DELIVERED && !hasSomethingToExecute()) {
            throw new InvalidInput("status", "enforcementCase.execute.nothingToExecute", decision.outcome().kind());
        }
        requireTransition(CaseStatus.EXECUTED);
        requireNotBefore("executedOn", executedOn, delivery.deliveredOn());
        Money surcharge = null;
        if (decision.outcome() instanceof Outcome.Fine fine) {
            if (amountPaid == null) {
                throw new InvalidInput("amountPaid", "field.required");
            }
            LateSurcharge late = LateSurcharge.ofFineDeliveredOn(fine.amount(), delivery.deliveredOn());
            late.requirePaid(amountPaid, executedOn);
            surcharge = late.asOf(executedOn);
        }
        this.execution = new Execution(executedOn, amountPaid, surcharge);
        this.status = CaseStatus.EXECUTED;
    }

    /** ENF-09: the full-process record, replaced as a whole; the files it points to are the case's own. */
    public void recordProcess(ProcessRecord record, Set<String> filesOfTheCase) {
        if (status.isFinished()) {
            throw new InvalidInput("status", "enforcementCase.finished", status);
        }
        record.requireFilesOf(filesOfTheCase);
        this.processRecord = Objects.requireNonNull(record);
    }

    /** 结案: executed (or nothing to execute) and the full-process record complete (ENF-09). */
    public void close(LocalDate on) {
        CaseTexts.date("closedOn", on);
        if (status == CaseStatus.DELIVERED && hasSomethingToExecute()) {
            throw new InvalidInput("status", "enforcementCase.close.executeFirst");
        }
        requireTransition(CaseStatus.CLOSED);
        requireNotBefore("closedOn", on, execution != null ? execution.executedOn() : delivery.deliveredOn());
        processRecord.requireComplete();
        this.closedOn = on;
        this.status = CaseStatus.CLOSED;
    }

    /** ENF-13: a leader publishes a penalty decision; what is public is {@link #publicName()} and the rest. */
    public void publish(LocalDate publishedOn) {
        CaseTexts.date("publishedOn", publishedOn);
        if (status == CaseStatus.REVOKED) {
            throw new RuleViolation(Rule.ENF_13, "enf13.revoked", revocation.revokedOn());
        }
        if (!status.isDecided()) {
            throw new InvalidInput("status", "enforcementCase.publish.notDecided", status);
        }
        if (!decision.isPenalty()) {
            throw new InvalidInput("status", "enforcementCase.publish.penaltyOnly", decision.outcome().kind());
        }
        if (publication != null) {
            throw new InvalidInput("status", "enforcementCase.publish.alreadyPublished", publication.publishedOn());
        }
        requireNotBefore("publishedOn", publishedOn, decision.decidedOn());
        this.publication = new Publication(publishedOn, null);
    }

    /** 撤销: a leader revokes the decision; a publication is withdrawn the same day (ENF-13). */
    public void revoke(Revocation newRevocation) {
        requireTransition(CaseStatus.REVOKED);
        requireNotBefore("revokedOn", newRevocation.revokedOn(), decision.decidedOn());
        this.revocation = newRevocation;
        this.status = CaseStatus.REVOKED;
        if (publication != null && !publication.isWithdrawn()) {
            this.publication = publication.withdrawnOn(newRevocation.revokedOn());
        }
    }

    // ---- rules ----

    /** ENF-07: flagged major or complex, or a hearing was held. */
    public boolean isMajor() {
        return LegalReviewRequirement.isMajor(details, hearing);
    }

    private void requireOfferedHearing() {
        if (status != CaseStatus.NOTIFIED || notice == null) {
            throw new InvalidInput("status", "enforcementCase.hearing.notNotified", status);
        }
        if (!notice.hearingOffered()) {
            throw new InvalidInput("status", "enforcementCase.hearing.notOffered");
        }
    }

    /** A fine or another measure waits for execution once delivered; a warning or no penalty does not. */
    public boolean hasSomethingToExecute() {
        return decision != null && (decision.outcome() instanceof Outcome.Fine
                || decision.outcome() instanceof Outcome.Other);
    }

    private LocalDate lastDateBeforeNotice() {
        return investigation != null ? investigation.startedOn() : filedOn;
    }

    private void requireTransition(CaseStatus target) {
        if (!status.canBecome(target)) {
            throw new InvalidInput("status", "enforcementCase.status.transition", status, target);
        }
    }

    private void moveTo(CaseStatus target) {
        requireTransition(target);
        this.status = target;
    }

    private static void requireNotBefore(String field, LocalDate date, LocalDate earliest) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new InvalidInput(field, "enforcementCase.date.beforePreviousStep", earliest);
        }
    }

    // ---- what the case shows ----

    /** ENF-04: the day the decision is due (filing + 90 or the extension), or null for the simple procedure. */
    public LocalDate decisionDueOn() {
        return DecisionDeadline.dueOn(details.procedure(), filedOn, extension);
    }

    /** ENF-11: the late surcharge of a delivered fine, or null. */
    public LateSurcharge lateSurcharge() {
        if (delivery == null || !(decision.outcome() instanceof Outcome.Fine fine)) {
            return null;
        }
        return LateSurcharge.ofFineDeliveredOn(fine.amount(), delivery.deliveredOn());
    }

    /** ENF-13: published and not withdrawn, so on the public list. */
    public boolean isPublished() {
        return publication != null && !publication.isWithdrawn();
    }

    /** ENF-13: the party's name as published. */
    public String publicName() {
        return details.party().publicName();
    }

    /** The fields an audit event compares, as text (personal ones unmasked: see {@link #PERSONAL_FIELDS}). */
    @Override
    public Map<String, String> snapshot() {
        return CaseSnapshot.of(this);
    }

    // ---- accessors ----

    public String id() {
        return id;
    }

    public TownshipCode township() {
        return township;
    }

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public CaseDetails details() {
        return details;
    }

    public Party party() {
        return details.party();
    }

    public EnforcementField field() {
        return details.field();
    }

    public Procedure procedure() {
        return details.procedure();
    }

    public LocalDate violationDate() {
        return details.violationDate();
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public CaseStatus status() {
        return status;
    }

    public Investigation investigation() {
        return investigation;
    }

    public Notice notice() {
        return notice;
    }

    public Hearing hearing() {
        return hearing;
    }

    public LegalReviewRequest legalReview() {
        return legalReview;
    }

    public Extension extension() {
        return extension;
    }

    public PenaltyDecision decision() {
        return decision;
    }

    public Delivery delivery() {
        return delivery;
    }

    public Execution execution() {
        return execution;
    }

    public ProcessRecord processRecord() {
        return processRecord;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Publication publication() {
        return publication;
    }

    public Revocation revocation() {
        return revocation;
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
