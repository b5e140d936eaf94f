package fazhi.enforcement.model;

import fazhi.review.model.ReviewStatus;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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

    /** ENF-04: an ordinary-procedure case is decided within 90 days of filing. */
    public static final int DECISION_DAYS = 90;
    /** ENF-03: the most an individual may be fined on the spot. */
    public static final Money SIMPLE_LIMIT_INDIVIDUAL = Money.of("200.00");
    /** ENF-03: the most an organisation may be fined on the spot. */
    public static final Money SIMPLE_LIMIT_ORGANISATION = Money.of("3000.00");
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
                           LocalDate filedOn, CaseStatus status, Investigation investigation, Notice notice,
                           Hearing hearing, LegalReviewRequest legalReview, Extension extension,
                           PenaltyDecision decision, Delivery delivery, Execution execution,
                           ProcessRecord processRecord, LocalDate closedOn, Publication publication,
                           Revocation revocation, long version, Stamp created, Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.caseNumber = Objects.requireNonNull(caseNumber);
        this.details = Objects.requireNonNull(details);
        this.filedOn = Objects.requireNonNull(filedOn);
        this.status = Objects.requireNonNull(status);
        this.investigation = investigation;
        this.notice = notice;
        this.hearing = hearing == null ? Hearing.none() : hearing;
        this.legalReview = legalReview;
        this.extension = extension;
        this.decision = decision;
        this.delivery = delivery;
        this.execution = execution;
        this.processRecord = processRecord == null ? ProcessRecord.empty() : processRecord;
        this.closedOn = closedOn;
        this.publication = publication;
        this.revocation = revocation;
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
        return new EnforcementCase(id, township, number, details, filedOn, CaseStatus.FILED, null, null, null, null,
                null, null, null, null, null, null, null, null, 0, null, null);
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
        requireSimpleProcedureAllows(newNotice.intendedOutcome());
        if (needsHearing(newNotice.intendedOutcome(), settings) && !newNotice.hearingOffered()) {
            throw hearingNotOffered(settings);
        }
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

    /** ENF-06: the party asks for a hearing within 5 days of the notice (day 5 in time, day 6 late). */
    public void requestHearing(LocalDate requestedOn) {
        CaseTexts.date("requestedOn", requestedOn);
        requireOfferedHearing();
        if (hearing.isWaived()) {
            throw new InvalidInput("status", "enforcementCase.hearing.alreadyAnswered");
        }
        requireTransition(CaseStatus.HEARING_REQUESTED);
        requireNotBefore("requestedOn", requestedOn, notice.notifiedOn());
        if (requestedOn.isAfter(notice.hearingWindowEndsOn())) {
            throw new RuleViolation(Rule.ENF_06, "enf06.hearingRequestLate", notice.notifiedOn(),
                    notice.hearingWindowEndsOn());
        }
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
                       EnforcementSettings settings, ReviewStatus review, List<EarlierViolation> earlierViolations,
                       IntFunction<DecisionNumber> numbering) {
        CaseTexts.date("decidedOn", decidedOn);
        if (outcome == null) {
            throw new InvalidInput("outcome.kind", "field.required");
        }
        if (status == CaseStatus.HEARING_REQUESTED) {
            throw new RuleViolation(Rule.ENF_06, "enf06.hearingNotHeld", hearing.requestedOn());
        }
        requireTransition(CaseStatus.DECIDED);
        requireNotBefore("decidedOn", decidedOn, filedOn);
        team.requireFitFor(decidedOn);
        requireSimpleProcedureAllows(outcome);
        requireWithinDecisionDeadline(decidedOn);
        if (outcome.isPenalty()) {
            requireNoticeBefore(decidedOn, outcome);
            requireHearingDone(decidedOn, outcome, settings);
        }
        if (isMajor() && !review.passed()) {
            throw new RuleViolation(Rule.ENF_07, "enf07.legalReviewRequired", review.outcome());
        }
        if (outcome instanceof Outcome.NoPenaltyFirstViolation && !earlierViolations.isEmpty()) {
            EarlierViolation first = earlierViolations.get(0);
            throw new RuleViolation(Rule.ENF_08, "enf08.earlierViolations", earlierViolations.size(),
                    first.caseNumber().toString(), first.violationDate());
        }
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
        LocalDate due = decision.deliveryDueOn();
        if (newDelivery.deliveredOn().isAfter(due) && newDelivery.lateReason() == null) {
            throw decision.partyPresent()
                    ? new RuleViolation(Rule.ENF_10, "enf10.deliveryLate.present", due)
                    : new RuleViolation(Rule.ENF_10, "enf10.deliveryLate.absent", due, PenaltyDecision.DELIVERY_DAYS);
        }
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
            surcharge = late.asOf(executedOn);
            Money due = late.amountDue(executedOn);
            if (amountPaid.compareTo(due) < 0) {
                throw new RuleViolation(Rule.ENF_11, "enf11.amountDue", due.toString(), fine.amount().toString(),
                        surcharge.toString(), late.daysLate(executedOn));
            }
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
        List<String> missing = processRecord.missing();
        if (!missing.isEmpty()) {
            throw new RuleViolation(Rule.ENF_09, "enf09.processRecordIncomplete", String.join(", ", missing));
        }
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

    /** ENF-03: on the spot only a warning, a fine up to 200 / 3000, or no penalty. */
    private void requireSimpleProcedureAllows(Outcome outcome) {
        if (details.procedure() != Procedure.SIMPLE) {
            return;
        }
        Money limit = simpleProcedureLimit();
        boolean allowed = switch (outcome.kind()) {
            case FINE -> !outcome.fineAmount().isGreaterThan(limit);
            case WARNING, NO_PENALTY_FIRST_VIOLATION, NO_PENALTY_MINOR -> true;
            case OTHER -> false;
        };
        if (!allowed) {
            throw new RuleViolation(Rule.ENF_03, "enf03.simpleProcedureLimit", outcome.kind(), limit.toString());
        }
    }

    public Money simpleProcedureLimit() {
        return details.party().isOrganisation() ? SIMPLE_LIMIT_ORGANISATION : SIMPLE_LIMIT_INDIVIDUAL;
    }

    /** ENF-04: day 90 after filing is in time, day 91 is not, unless a leader extended it. */
    private void requireWithinDecisionDeadline(LocalDate decidedOn) {
        LocalDate due = decisionDueOn();
        if (due != null && decidedOn.isAfter(due)) {
            throw new RuleViolation(Rule.ENF_04, "enf04.decisionOverdue", filedOn, due);
        }
    }

    /** ENF-05: notified of this penalty (or a heavier one) on or before the decision day. */
    private void requireNoticeBefore(LocalDate decidedOn, Outcome outcome) {
        if (notice == null) {
            throw new RuleViolation(Rule.ENF_05, "enf05.noNotice");
        }
        if (notice.notifiedOn().isAfter(decidedOn)) {
            throw new RuleViolation(Rule.ENF_05, "enf05.noticeAfterDecision", notice.notifiedOn());
        }
        if (isHeavierThanNotified(outcome)) {
            throw new RuleViolation(Rule.ENF_05, "enf05.heavierThanNotified", notice.intendedOutcome().kind(),
                    String.valueOf(notice.intendedOutcome().fineAmount()));
        }
    }

    private boolean isHeavierThanNotified(Outcome outcome) {
        Outcome intended = notice.intendedOutcome();
        return switch (outcome.kind()) {
            // a fine is lighter than another measure, heavier than a warning
            case FINE -> intended.kind() == OutcomeKind.FINE
                    ? outcome.fineAmount().isGreaterThan(intended.fineAmount())
                    : intended.kind() != OutcomeKind.OTHER;
            case OTHER -> intended.kind() != OutcomeKind.OTHER;
            default -> false;
        };
    }

    /**
     * ENF-06: a decision that needs a hearing needs one offered; an offered hearing must be waived, held, or its
     * window past.
     */
    private void requireHearingDone(LocalDate decidedOn, Outcome outcome, EnforcementSettings settings) {
        if (needsHearing(outcome, settings) && !notice.hearingOffered()) {
            throw hearingNotOffered(settings);
        }
        if (!notice.hearingOffered() || hearing.isWaived() || hearing.isHeld()) {
            return;
        }
        if (!decidedOn.isAfter(notice.hearingWindowEndsOn())) {
            throw new RuleViolation(Rule.ENF_06, "enf06.hearingWindowOpen", notice.hearingWindowEndsOn());
        }
    }

    /** ENF-06: a fine at or above the threshold, or another measure in a case flagged major. */
    public boolean needsHearing(Outcome outcome, EnforcementSettings settings) {
        return switch (outcome.kind()) {
            case FINE -> outcome.fineAmount().compareTo(settings.hearingThresholdFor(details.party().kind())) >= 0;
            case OTHER -> details.major();
            default -> false;
        };
    }

    private RuleViolation hearingNotOffered(EnforcementSettings settings) {
        return new RuleViolation(Rule.ENF_06, "enf06.hearingNotOffered",
                settings.hearingThresholdFor(details.party().kind()).grouped());
    }

    /** ENF-07: flagged major or complex, or a hearing was held. */
    public boolean isMajor() {
        return details.major() || hearing.isHeld();
    }

    private void requireOfferedHearing() {
        if (status != CaseStatus.NOTIFIED || notice == null) {
            throw new InvalidInput("status", "enforcementCase.hearing.notNotified", status);
        }
        if (!notice.hearingOffered()) {
            throw new InvalidInput("status", "enforcementCase.hearing.notOffered");
        }
    }

    private boolean hasSomethingToExecute() {
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
        if (details.procedure() != Procedure.ORDINARY) {
            return null;
        }
        return extension != null ? extension.until() : filedOn.plusDays(DECISION_DAYS);
    }

    /** ENF-11: the late surcharge of a delivered fine, or null. */
    public LateSurcharge lateSurcharge() {
        if (delivery == null || !(decision.outcome() instanceof Outcome.Fine fine)) {
            return null;
        }
        return LateSurcharge.ofFineDeliveredOn(fine.amount(), delivery.deliveredOn());
    }

    /**
     * The deadlines still to be met, independent of the day: decision (ENF-04) until decided, hearing window
     * (ENF-06) until answered or decided, delivery (ENF-10) until delivered, payment (ENF-11) until paid. None
     * for a revoked or closed case. The persistence adapter stores them for the deadline filters.
     */
    public Map<DeadlineKind, LocalDate> pendingDueDates() {
        Map<DeadlineKind, LocalDate> due = new EnumMap<>(DeadlineKind.class);
        if (status.isFinished()) {
            return due;
        }
        if (!status.isDecided()) {
            if (decisionDueOn() != null) {
                due.put(DeadlineKind.DECISION, decisionDueOn());
            }
            if (status == CaseStatus.NOTIFIED && notice.hearingOffered() && !hearing.isWaived()) {
                due.put(DeadlineKind.HEARING_WINDOW, notice.hearingWindowEndsOn());
            }
        }
        if (status == CaseStatus.DECIDED) {
            due.put(DeadlineKind.DELIVERY, decision.deliveryDueOn());
        }
        if (status == CaseStatus.DELIVERED && lateSurcharge() != null) {
            due.put(DeadlineKind.PAYMENT, lateSurcharge().paymentDueOn());
        }
        return due;
    }

    /** The deadlines as of {@code today}, with the surcharge and amount due today of an unpaid fine. */
    public CaseDeadlines deadlines(LocalDate today) {
        Map<DeadlineKind, LocalDate> due = pendingDueDates();
        List<CaseDeadline> pending = new ArrayList<>();
        due.forEach((kind, on) -> {
            // a hearing window that closed is no longer a deadline: the decision may come
            if (kind != DeadlineKind.HEARING_WINDOW || !today.isAfter(on)) {
                pending.add(CaseDeadline.of(kind, on, today));
            }
        });
        LateSurcharge late = lateSurcharge();
        boolean unpaid = late != null && execution == null && status == CaseStatus.DELIVERED;
        Money surchargeToday = unpaid ? late.asOf(today) : null;
        Money amountDueToday = unpaid ? late.amountDue(today) : null;
        LocalDate hearingEnds = notice == null ? null : notice.hearingWindowEndsOn();
        boolean windowOpen = due.containsKey(DeadlineKind.HEARING_WINDOW) && !today.isAfter(hearingEnds);
        return new CaseDeadlines(today, decisionDueOn(), hearingEnds,
                decision == null ? null : decision.deliveryDueOn(), late == null ? null : late.paymentDueOn(),
                surchargeToday, amountDueToday, overdue(due, DeadlineKind.DECISION, today),
                overdue(due, DeadlineKind.DELIVERY, today), overdue(due, DeadlineKind.PAYMENT, today), windowOpen,
                pending);
    }

    private static boolean overdue(Map<DeadlineKind, LocalDate> due, DeadlineKind kind, LocalDate today) {
        return due.containsKey(kind) && today.isAfter(due.get(kind));
    }

    /** The steps in order with their states; {@code review} is the legal review's latest round. */
    public List<Step> steps(ReviewStatus review) {
        Map<CaseStep, Step> known = new LinkedHashMap<>();
        known.put(CaseStep.FILE, done(CaseStep.FILE, filedOn));
        boolean beyondFiling = notice != null || decision != null;
        if (investigation != null) {
            known.put(CaseStep.INVESTIGATE, done(CaseStep.INVESTIGATE, investigation.startedOn()));
        } else if (beyondFiling) {
            known.put(CaseStep.INVESTIGATE, skipped(CaseStep.INVESTIGATE));
        }
        if (notice != null) {
            known.put(CaseStep.NOTIFY, done(CaseStep.NOTIFY, notice.notifiedOn()));
        } else if (decision != null) {
            known.put(CaseStep.NOTIFY, skipped(CaseStep.NOTIFY));
        }
        if (hearing.isHeld()) {
            known.put(CaseStep.HEARING, done(CaseStep.HEARING, hearing.heldOn()));
        } else if (hearing.isWaived() || (notice != null && !notice.hearingOffered()) || decision != null) {
            known.put(CaseStep.HEARING, skipped(CaseStep.HEARING));
        }
        if (review != null && review.passed()) {
            known.put(CaseStep.LEGAL_REVIEW, done(CaseStep.LEGAL_REVIEW, review.decidedOn()));
        } else if (!isMajor() && legalReview == null || decision != null) {
            known.put(CaseStep.LEGAL_REVIEW, skipped(CaseStep.LEGAL_REVIEW));
        }
        if (decision != null) {
            known.put(CaseStep.DECIDE, done(CaseStep.DECIDE, decision.decidedOn()));
            if (!hasSomethingToExecute()) {
                known.put(CaseStep.EXECUTE, skipped(CaseStep.EXECUTE));
            }
        }
        if (delivery != null) {
            known.put(CaseStep.DELIVER, done(CaseStep.DELIVER, delivery.deliveredOn()));
        }
        if (execution != null) {
            known.put(CaseStep.EXECUTE, done(CaseStep.EXECUTE, execution.executedOn()));
        }
        if (closedOn != null) {
            known.put(CaseStep.CLOSE, done(CaseStep.CLOSE, closedOn));
        }
        List<Step> steps = new ArrayList<>();
        boolean currentGiven = status.isFinished();
        for (CaseStep step : CaseStep.values()) {
            Step state = known.get(step);
            if (state == null) {
                StepState open = status == CaseStatus.REVOKED ? StepState.SKIPPED
                        : currentGiven ? StepState.PENDING : StepState.CURRENT;
                currentGiven = true;
                state = new Step(step, open, null);
            }
            steps.add(state);
        }
        return steps;
    }

    private static Step done(CaseStep step, LocalDate on) {
        return new Step(step, StepState.DONE, on);
    }

    private static Step skipped(CaseStep step) {
        return new Step(step, StepState.SKIPPED, null);
    }

    /**
     * The actions the case's state allows now, before asking who acts (the service narrows them by role);
     * a rule may still refuse one with the dates given.
     */
    public Set<CaseAction> possibleActions(LocalDate today) {
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        if (status.isEditable()) {
            actions.add(CaseAction.EDIT);
        }
        if (status == CaseStatus.FILED) {
            actions.add(CaseAction.INVESTIGATE);
        }
        if (status.canBecome(CaseStatus.NOTIFIED)) {
            actions.add(CaseAction.NOTIFY);
        }
        if (status == CaseStatus.NOTIFIED && notice.hearingOffered() && !hearing.isWaived()) {
            actions.add(CaseAction.WAIVE_HEARING);
            if (!today.isAfter(notice.hearingWindowEndsOn())) {
                actions.add(CaseAction.REQUEST_HEARING);
            }
        }
        if (status == CaseStatus.HEARING_REQUESTED) {
            actions.add(CaseAction.HOLD_HEARING);
        }
        if (!status.isDecided() && legalReview == null) {
            actions.add(CaseAction.REQUEST_LEGAL_REVIEW);
        }
        if (!status.isDecided() && details.procedure() == Procedure.ORDINARY) {
            actions.add(CaseAction.APPROVE_EXTENSION);
        }
        if (status.canBecome(CaseStatus.DECIDED)) {
            actions.add(CaseAction.DECIDE);
        }
        if (status == CaseStatus.DECIDED) {
            actions.add(CaseAction.DELIVER);
        }
        if (status == CaseStatus.DELIVERED && hasSomethingToExecute()) {
            actions.add(CaseAction.EXECUTE);
        }
        if (!status.isFinished()) {
            actions.add(CaseAction.RECORD_PROCESS);
        }
        if (status == CaseStatus.EXECUTED || status == CaseStatus.DELIVERED && !hasSomethingToExecute()) {
            actions.add(CaseAction.CLOSE);
        }
        if (status.isDecided() && status != CaseStatus.REVOKED && decision.isPenalty() && publication == null) {
            actions.add(CaseAction.PUBLISH);
        }
        if (status.canBecome(CaseStatus.REVOKED)) {
            actions.add(CaseAction.REVOKE);
        }
        return actions;
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
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        Party party = details.party();
        fields.put("caseNumber", caseNumber.toString());
        fields.put("field", details.field().name());
        fields.put("procedure", details.procedure().name());
        fields.put("party.kind", party.kind().name());
        fields.put("party.name", party.name());
        fields.put("party.idNumber", party.idNumber() == null ? null : party.idNumber().value());
        fields.put("party.creditCode", party.creditCode() == null ? null : party.creditCode().value());
        fields.put("party.legalRepresentative", party.legalRepresentative());
        fields.put("party.phone", party.phone());
        fields.put("party.address", party.address());
        fields.put("facts", details.facts());
        fields.put("place", details.place());
        fields.put("violationDate", text(details.violationDate()));
        fields.put("discoveredOn", text(details.discoveredOn()));
        fields.put("harmsLifeHealthOrProperty", String.valueOf(details.harmsLifeHealthOrProperty()));
        fields.put("major", String.valueOf(details.major()));
        fields.put("officerIds", String.join(",", details.officerIds()));
        fields.put("filedOn", text(filedOn));
        fields.put("status", status.name());
        if (investigation != null) {
            fields.put("investigation.startedOn", text(investigation.startedOn()));
            fields.put("investigation.summary", investigation.summary());
        }
        if (notice != null) {
            fields.put("notice.notifiedOn", text(notice.notifiedOn()));
            fields.put("notice.intendedOutcome", outcomeText(notice.intendedOutcome()));
            fields.put("notice.hearingOffered", String.valueOf(notice.hearingOffered()));
            fields.put("notice.method", notice.method());
        }
        fields.put("hearing.waivedOn", text(hearing.waivedOn()));
        fields.put("hearing.requestedOn", text(hearing.requestedOn()));
        fields.put("hearing.heldOn", text(hearing.heldOn()));
        fields.put("hearing.summary", hearing.summary());
        if (legalReview != null) {
            fields.put("legalReview.reviewId", legalReview.reviewId());
            fields.put("legalReview.requestedOn", text(legalReview.requestedOn()));
            fields.put("legalReview.reviewer", legalReview.reviewer());
        }
        if (extension != null) {
            fields.put("extension.until", text(extension.until()));
            fields.put("extension.reason", extension.reason());
            fields.put("extension.approvedBy", extension.approvedBy());
        }
        if (decision != null) {
            fields.put("decision.number", decision.number() == null ? null : decision.number().toString());
            fields.put("decision.outcome", outcomeText(decision.outcome()));
            fields.put("decision.decidedOn", text(decision.decidedOn()));
            fields.put("decision.partyPresent", String.valueOf(decision.partyPresent()));
        }
        if (delivery != null) {
            fields.put("delivery.deliveredOn", text(delivery.deliveredOn()));
            fields.put("delivery.method", delivery.method());
            fields.put("delivery.lateReason", delivery.lateReason());
        }
        if (execution != null) {
            fields.put("execution.executedOn", text(execution.executedOn()));
            fields.put("execution.amountPaid", text(execution.amountPaid()));
            fields.put("execution.surcharge", text(execution.surcharge()));
        }
        fields.put("processRecord.recorderFootageRef", processRecord.recorderFootageRef());
        fields.put("processRecord.recorderFootageFile", processRecord.recorderFootageFile());
        fields.put("processRecord.documentsComplete", String.valueOf(processRecord.documentsComplete()));
        fields.put("processRecord.documentFiles", processRecord.documentFiles().isEmpty() ? null
                : String.join(",", processRecord.documentFiles()));
        fields.put("processRecord.certificatesShown", String.valueOf(processRecord.certificatesShown()));
        fields.put("processRecord.uniformWorn", String.valueOf(processRecord.uniformWorn()));
        fields.put("closedOn", text(closedOn));
        if (publication != null) {
            fields.put("publication.publishedOn", text(publication.publishedOn()));
            fields.put("publication.withdrawnOn", text(publication.withdrawnOn()));
        }
        if (revocation != null) {
            fields.put("revocation.revokedOn", text(revocation.revokedOn()));
            fields.put("revocation.reason", revocation.reason());
        }
        return fields;
    }

    private static String outcomeText(Outcome outcome) {
        return outcome.fine().map(amount -> outcome.kind().name() + " " + amount).orElse(outcome.kind().name());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
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
