package fazhi.contract.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A contract (合同) of a township in its ledger (合同台账), from draft through legality review (LR-03 for a major
 * one, CON-01), the leader's approval and the signing to its performance (milestones and payments), amendments
 * (CON-02), completion or termination and the archive. {@code version} is the ETag (SYS-02).
 */
public final class Contract implements TrackedRecord {

    /** Fields of {@link #snapshot()} that are personal data, masked in the audit log. */
    public static final Set<String> PERSONAL_FIELDS = Set.of("counterparty.idNumber", "counterparty.phone");
    /** The most milestones, payments and amendments one contract holds. */
    public static final int MAX_MILESTONES = 50;
    public static final int MAX_PAYMENTS = 200;
    public static final int MAX_AMENDMENTS = 20;

    private final String id;
    private final TownshipCode township;
    private final ContractNumber number;
    private ContractDetails details;
    private final LocalDate registeredOn;
    private ContractStatus status;
    private LocalDate reviewSubmittedOn;
    private Approval approval;
    private Signing signing;
    private LocalDate completedOn;
    private Termination termination;
    private LocalDate archivedOn;
    private final List<Milestone> milestones;
    private final List<Payment> payments;
    private final List<Amendment> amendments;
    private final List<ContractVersion> versions;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public Contract(String id, TownshipCode township, ContractNumber number, ContractDetails details,
                    LocalDate registeredOn, ContractStatus status, ContractProgress progress, long version,
                    Stamp created, Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.number = Objects.requireNonNull(number);
        this.details = Objects.requireNonNull(details);
        this.registeredOn = Objects.requireNonNull(registeredOn);
        this.status = Objects.requireNonNull(status);
        this.reviewSubmittedOn = progress.reviewSubmittedOn();
        this.approval = progress.approval();
        this.signing = progress.signing();
        this.completedOn = progress.completedOn();
        this.termination = progress.termination();
        this.archivedOn = progress.archivedOn();
        this.milestones = new ArrayList<>(progress.milestones());
        this.payments = new ArrayList<>(progress.payments());
        this.amendments = new ArrayList<>(progress.amendments());
        this.versions = new ArrayList<>(progress.versions());
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    /** 登记: a draft with its number. */
    public static Contract register(String id, TownshipCode township, ContractNumber number,
                                    ContractDetails details, LocalDate registeredOn) {
        return new Contract(id, township, number, Objects.requireNonNull(details), registeredOn, ContractStatus.DRAFT,
                ContractProgress.NONE, 0, null, null);
    }

    // ---- the contract itself ----

    /**
     * Edits the contract. A draft changes freely until its review passed, after which its parties, amount, dates
     * and type stay as reviewed; an approved one waits for its signing; a signed one keeps its parties, amount and
     * dates (CON-02: they change through an amendment), its type and how it was procured.
     */
    public void edit(ContractDetails newDetails, ReviewAnswer review) {
        Objects.requireNonNull(newDetails);
        if (status == ContractStatus.ARCHIVED) {
            throw new InvalidInput("status", "contract.archived");
        }
        if (status == ContractStatus.APPROVED) {
            throw new InvalidInput("status", "contract.notEditable.approved");
        }
        if (status.isSigned()) {
            AmendmentPolicy.requireUnchanged(details.terms(), newDetails.terms());
            requireSame("type", details.type(), newDetails.type(), "contract.signed.fixed");
            requireSame("procurementMethod", details.procurementMethod(), newDetails.procurementMethod(),
                    "contract.signed.fixed");
            requireSame("tendered", details.tendered(), newDetails.tendered(), "contract.signed.fixed");
        } else if (review.passed()) {
            if (!newDetails.terms().differencesFrom(details.terms()).isEmpty()
                    || newDetails.type() != details.type()) {
                throw new InvalidInput("status", "contract.reviewed.fixed", review.reviewId());
            }
        }
        this.details = newDetails;
    }

    /**
     * 送审: the draft (or an approved contract that was never reviewed, whose approval must then be given again)
     * goes to legality review; the review itself is the review area's record.
     */
    public void submitForReview(LocalDate today) {
        if (reviewSubmittedOn != null) {
            throw new InvalidInput("status", "contract.review.alreadySubmitted", reviewSubmittedOn.toString());
        }
        requireTransition(ContractStatus.IN_REVIEW);
        this.reviewSubmittedOn = today;
        this.approval = null;
        this.status = ContractStatus.IN_REVIEW;
    }

    /** 审批: a leader approves; LR-03 for a major contract or one sent to review, LR-05 when rejected. */
    public void approve(Approval given, Majority majority, ReviewAnswer review) {
        Objects.requireNonNull(given);
        requireTransition(ContractStatus.APPROVED);
        ReviewBeforeSigning.require(majority, reviewSubmittedOn != null, review);
        requireNotBefore("approvedOn", given.approvedOn(), registeredOn);
        ReviewBeforeSigning.requireNotBeforeOpinion("approvedOn", given.approvedOn(), review);
        this.approval = given;
        this.status = ContractStatus.APPROVED;
    }

    /**
     * 签订: APPROVED → PERFORMING, LR-03 checked again on the day (the threshold may have changed since the
     * approval), the signed text one of the contract's files; the signed terms become version 1.
     */
    public void sign(Signing given, Majority majority, ReviewAnswer review, Set<String> filesOfTheContract) {
        Objects.requireNonNull(given);
        requireTransition(ContractStatus.PERFORMING);
        ReviewBeforeSigning.require(majority, reviewSubmittedOn != null, review);
        requireNotBefore("signedOn", given.signedOn(), approval.approvedOn());
        ReviewBeforeSigning.requireNotBeforeOpinion("signedOn", given.signedOn(), review);
        requireFileOf("signedFileId", given.signedFileId(), filesOfTheContract);
        this.signing = given;
        this.versions.add(new ContractVersion(1, null, details.terms(), given.signedOn()));
        this.status = ContractStatus.PERFORMING;
    }

    /** 履行完毕: every milestone done or waived. */
    public void complete(LocalDate on) {
        ContractTexts.date("completedOn", on);
        requireTransition(ContractStatus.COMPLETED);
        requireNotBefore("completedOn", on, signing.signedOn());
        List<Integer> open = milestones.stream().filter(Milestone::isPending).map(Milestone::number).toList();
        if (!open.isEmpty()) {
            throw new InvalidInput("milestones", "contract.complete.pendingMilestones", open.toString());
        }
        this.completedOn = on;
        this.status = ContractStatus.COMPLETED;
    }

    /** 终止: a leader ends the performance, with a reason. */
    public void terminate(Termination given) {
        Objects.requireNonNull(given);
        requireTransition(ContractStatus.TERMINATED);
        requireNotBefore("terminatedOn", given.terminatedOn(), signing.signedOn());
        this.termination = given;
        this.status = ContractStatus.TERMINATED;
    }

    /** 归档: a completed or terminated contract; its files then stay as they are. */
    public void archive(LocalDate on) {
        ContractTexts.date("archivedOn", on);
        requireTransition(ContractStatus.ARCHIVED);
        requireNotBefore("archivedOn", on, completedOn != null ? completedOn : termination.terminatedOn());
        this.archivedOn = on;
        this.status = ContractStatus.ARCHIVED;
    }

    // ---- performance ----

    /** A milestone of the plan, until the performance ends; payment milestones stay within the amount. */
    public Milestone addMilestone(MilestoneKind kind, String title, LocalDate dueOn, Money amount) {
        if (status.isFinished()) {
            throw new InvalidInput("status", "contract.finished", status);
        }
        if (milestones.size() >= MAX_MILESTONES) {
            throw new InvalidInput("milestones", "contract.items.tooMany", MAX_MILESTONES);
        }
        Milestone planned = Milestone.planned(milestones.size() + 1, kind, title, dueOn, amount);
        if (planned.isPayment()) {
            if (plannedPayments().plus(planned.amount()).isGreaterThan(details.amount())) {
                throw new InvalidInput("amount", "contract.milestone.overAmount",
                        details.amount().minus(plannedPayments()).grouped());
            }
        }
        milestones.add(planned);
        return planned;
    }

    /** A deliverable or acceptance milestone is done, with evidence among the contract's files. */
    public void completeMilestone(int milestoneNumber, LocalDate on, String note, List<String> evidence,
                                  Set<String> filesOfTheContract) {
        ContractTexts.date("doneOn", on);
        requirePerforming();
        Milestone milestone = pendingMilestone(milestoneNumber);
        if (milestone.isPayment()) {
            throw new InvalidInput("number", "contract.milestone.paidByPayments", milestoneNumber);
        }
        requireNotBefore("doneOn", on, signing.signedOn());
        String checkedNote = ContractTexts.optional("note", note, Milestone.MAX_NOTE_LENGTH);
        List<String> files = ContractTexts.lines("evidenceFileIds", evidence, 0, Milestone.MAX_EVIDENCE_FILES, 36);
        for (int i = 0; i < files.size(); i++) {
            requireFileOf("evidenceFileIds[" + i + "]", files.get(i), filesOfTheContract);
        }
        replace(milestone.done(on, checkedNote, files));
    }

    /** A pending milestone is waived (免除), with a reason. */
    public void waiveMilestone(int milestoneNumber, LocalDate on, String reason) {
        ContractTexts.date("waivedOn", on);
        String why = ContractTexts.required("reason", reason, Milestone.MAX_NOTE_LENGTH);
        requirePerforming();
        replace(pendingMilestone(milestoneNumber).waived(on, why));
    }

    /**
     * A payment against a pending payment milestone: never beyond the contract's amount as amended (CON-02), nor
     * beyond the milestone's; the milestone is done once paid in full.
     */
    public Payment recordPayment(int milestoneNumber, LocalDate paidOn, Money amount, String voucher,
                                 String recordedBy) {
        ContractTexts.date("paidOn", paidOn);
        if (amount == null) {
            throw new InvalidInput("amount", "field.required");
        }
        if (amount.compareTo(Money.ZERO) <= 0) {
            throw new InvalidInput("amount", "contract.payment.positive");
        }
        requirePerforming();
        if (payments.size() >= MAX_PAYMENTS) {
            throw new InvalidInput("payments", "contract.items.tooMany", MAX_PAYMENTS);
        }
        Milestone milestone = pendingMilestone(milestoneNumber);
        if (!milestone.isPayment()) {
            throw new InvalidInput("milestoneNumber", "contract.payment.notPaymentMilestone", milestoneNumber);
        }
        requireNotBefore("paidOn", paidOn, signing.signedOn());
        AmendmentPolicy.requireWithinAmount(details.amount(), paid(), amount);
        Money paidOnMilestone = paidOn(milestoneNumber);
        Money room = milestone.amount().minus(paidOnMilestone);
        if (amount.isGreaterThan(room)) {
            throw new InvalidInput("amount", "contract.payment.overMilestone", room.grouped());
        }
        Payment payment = new Payment(payments.size() + 1, milestoneNumber, paidOn, amount, voucher, recordedBy);
        payments.add(payment);
        if (paidOnMilestone.plus(amount).compareTo(milestone.amount()) == 0) {
            replace(milestone.done(paidOn, milestone.note(), milestone.evidenceFiles()));
        }
        return payment;
    }

    // ---- amendments (CON-02) ----

    /** 补充协议: proposed while the contract is performed, one at a time, never below what was paid. */
    public Amendment proposeAmendment(String title, String reason, AmendmentTerms terms, LocalDate today) {
        String what = ContractTexts.required("title", title, Amendment.MAX_TITLE_LENGTH);
        String why = ContractTexts.required("reason", reason, Amendment.MAX_REASON_LENGTH);
        Objects.requireNonNull(terms);
        requirePerforming();
        openAmendment().ifPresent(open -> {
            throw new InvalidInput("status", "contract.amendment.open", open.number());
        });
        if (amendments.size() >= MAX_AMENDMENTS) {
            throw new InvalidInput("amendments", "contract.items.tooMany", MAX_AMENDMENTS);
        }
        AmendmentPolicy.requireCoversPaid(terms.amount(), paid());
        Amendment proposed = new Amendment(amendments.size() + 1, what, why, terms, AmendmentStatus.DRAFT, today,
                null, null, null);
        amendments.add(proposed);
        return proposed;
    }

    /** The amendment goes to legality review (an approved one never reviewed must then be approved again). */
    public void submitAmendmentForReview(int amendmentNumber, LocalDate today) {
        requirePerforming();
        Amendment amendment = amendment(amendmentNumber);
        if (amendment.reviewAsked()) {
            throw new InvalidInput("status", "contract.review.alreadySubmitted",
                    amendment.reviewSubmittedOn().toString());
        }
        if (amendment.status() == AmendmentStatus.SIGNED) {
            throw new InvalidInput("status", "contract.amendment.signed", amendmentNumber);
        }
        replace(amendment.submitted(today));
    }

    /** A leader approves the amendment: LR-03 when the amended contract is major or review was asked, LR-05. */
    public void approveAmendment(int amendmentNumber, Approval given, Majority amendedMajority,
                                 ReviewAnswer review) {
        Objects.requireNonNull(given);
        requirePerforming();
        Amendment amendment = amendment(amendmentNumber);
        if (amendment.status() != AmendmentStatus.DRAFT && amendment.status() != AmendmentStatus.IN_REVIEW) {
            throw new InvalidInput("status", "contract.amendment.status", amendment.status(),
                    AmendmentStatus.APPROVED);
        }
        ReviewBeforeSigning.require(amendedMajority, amendment.reviewAsked(), review);
        requireNotBefore("approvedOn", given.approvedOn(), amendment.proposedOn());
        ReviewBeforeSigning.requireNotBeforeOpinion("approvedOn", given.approvedOn(), review);
        replace(amendment.approved(given));
    }

    /**
     * The amendment is signed and changes the contract (CON-02): its parties, amount and dates become the
     * contract's, as a new version; the earlier versions are kept.
     */
    public void signAmendment(int amendmentNumber, Signing given, Majority amendedMajority, ReviewAnswer review,
                              Set<String> filesOfTheContract) {
        Objects.requireNonNull(given);
        requirePerforming();
        Amendment amendment = amendment(amendmentNumber);
        if (amendment.status() != AmendmentStatus.APPROVED) {
            throw new InvalidInput("status", "contract.amendment.status", amendment.status(),
                    AmendmentStatus.SIGNED);
        }
        ReviewBeforeSigning.require(amendedMajority, amendment.reviewAsked(), review);
        requireNotBefore("signedOn", given.signedOn(), amendment.approval().approvedOn());
        ReviewBeforeSigning.requireNotBeforeOpinion("signedOn", given.signedOn(), review);
        requireFileOf("signedFileId", given.signedFileId(), filesOfTheContract);
        AmendmentPolicy.requireCoversPaid(amendment.terms().amount(), paid());
        replace(amendment.signed(given));
        this.details = details.with(amendment.terms());
        this.versions.add(new ContractVersion(versions.size() + 1, amendmentNumber, amendment.terms(),
                given.signedOn()));
    }

    // ---- rules and reads ----

    /** CON-01 for the contract as it stands. */
    public Majority majority(ContractSettings settings) {
        return MajorContractPolicy.assess(details, settings);
    }

    /** CON-01 for the contract as the amendment would make it. */
    public Majority majorityAmendedBy(Amendment amendment, ContractSettings settings) {
        return MajorContractPolicy.assess(details.type(), amendment.terms().amount(), settings.majorThreshold());
    }

    /** The review subject of an amendment: the contract's id and the amendment's number. */
    public String amendmentReviewRef(int amendmentNumber) {
        return id + "#" + amendmentNumber;
    }

    /** What was paid so far. */
    public Money paid() {
        return payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
    }

    /** What was paid against one milestone. */
    public Money paidOn(int milestoneNumber) {
        return payments.stream().filter(p -> p.milestoneNumber() == milestoneNumber).map(Payment::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    private Money plannedPayments() {
        return milestones.stream().filter(Milestone::isPayment).filter(m -> m.state() != MilestoneStatus.WAIVED)
                .map(Milestone::amount).reduce(Money.ZERO, Money::plus);
    }

    /** The amendment not yet signed, if any. */
    public Optional<Amendment> openAmendment() {
        return amendments.stream().filter(a -> a.status() != AmendmentStatus.SIGNED).findFirst();
    }

    /** The earliest due day of a pending milestone while the contract is performed (CON-03), or null. */
    public LocalDate nextMilestoneDueOn() {
        if (status != ContractStatus.PERFORMING) {
            return null;
        }
        return milestones.stream().filter(Milestone::isPending).map(Milestone::dueOn).min(LocalDate::compareTo)
                .orElse(null);
    }

    /** Every file the contract points to (signed texts, evidence): they stay while it does. */
    public List<String> filesPointedTo() {
        List<String> files = new ArrayList<>();
        if (signing != null) {
            files.add(signing.signedFileId());
        }
        amendments.stream().filter(a -> a.signing() != null).forEach(a -> files.add(a.signing().signedFileId()));
        milestones.forEach(m -> files.addAll(m.evidenceFiles()));
        return files.stream().distinct().toList();
    }

    public Milestone milestone(int milestoneNumber) {
        if (milestoneNumber < 1 || milestoneNumber > milestones.size()) {
            throw new InvalidInput("number", "contract.milestone.unknown", milestoneNumber);
        }
        return milestones.get(milestoneNumber - 1);
    }

    public Amendment amendment(int amendmentNumber) {
        if (amendmentNumber < 1 || amendmentNumber > amendments.size()) {
            throw new InvalidInput("number", "contract.amendment.unknown", amendmentNumber);
        }
        return amendments.get(amendmentNumber - 1);
    }

    private Milestone pendingMilestone(int milestoneNumber) {
        Milestone milestone = milestone(milestoneNumber);
        if (!milestone.isPending()) {
            throw new InvalidInput("number", "contract.milestone.notPending", milestoneNumber, milestone.state());
        }
        return milestone;
    }

    private void replace(Milestone milestone) {
        milestones.set(milestone.number() - 1, milestone);
    }

    private void replace(Amendment amendment) {
        amendments.set(amendment.number() - 1, amendment);
    }

    private void requirePerforming() {
        if (status != ContractStatus.PERFORMING) {
            throw new InvalidInput("status", "contract.notPerforming", status);
        }
    }

    private void requireTransition(ContractStatus target) {
        if (!status.canBecome(target)) {
            throw new InvalidInput("status", "contract.status.transition", status, target);
        }
    }

    private static void requireSame(String field, Object was, Object is, String key) {
        if (!Objects.equals(was, is)) {
            throw new InvalidInput(field, key);
        }
    }

    private static void requireNotBefore(String field, LocalDate date, LocalDate earliest) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new InvalidInput(field, "contract.date.beforePreviousStep", earliest.toString());
        }
    }

    private static void requireFileOf(String field, String fileId, Set<String> filesOfTheContract) {
        if (!filesOfTheContract.contains(fileId)) {
            throw new InvalidInput(field, "contract.file.notOfContract", fileId);
        }
    }

    /** The fields an audit event compares, as text (personal ones unmasked: see {@link #PERSONAL_FIELDS}). */
    @Override
    public Map<String, String> snapshot() {
        return ContractSnapshot.of(this);
    }

    // ---- accessors ----

    public String id() {
        return id;
    }

    public TownshipCode township() {
        return township;
    }

    public ContractNumber number() {
        return number;
    }

    public ContractDetails details() {
        return details;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public ContractStatus status() {
        return status;
    }

    public LocalDate reviewSubmittedOn() {
        return reviewSubmittedOn;
    }

    public Approval approval() {
        return approval;
    }

    public Signing signing() {
        return signing;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public Termination termination() {
        return termination;
    }

    public LocalDate archivedOn() {
        return archivedOn;
    }

    public List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    public List<Payment> payments() {
        return List.copyOf(payments);
    }

    public List<Amendment> amendments() {
        return List.copyOf(amendments);
    }

    public List<ContractVersion> versions() {
        return List.copyOf(versions);
    }

    public ContractProgress progress() {
        return new ContractProgress(reviewSubmittedOn, approval, signing, completedOn, termination, archivedOn,
                milestones, payments, amendments, versions);
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
