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

/**
 * A normative document (规范性文件) of a township: drafted, reviewed for legality, issued with its number (文号)
 * only after a passed review (LR-01), valid for at most five years, two when provisional (LR-06), and out of
 * force once amended, repealed or expired. A document past the last day of its validity counts as expired
 * ({@link #statusOn}) even before the expiry is recorded. {@code version} is the ETag (SYS-02).
 */
public final class NormativeDocument implements TrackedRecord {

    public static final int MAX_NOTE_LENGTH = 500;
    public static final int MAX_REF_LENGTH = 36;

    private final String id;
    private final TownshipCode township;
    private DocumentDraft draft;
    private DocumentStatus status;
    private LocalDate reviewSubmittedOn;
    private String number;
    private LocalDate issuedOn;
    private LocalDate effectiveOn;
    private Validity validity;
    private String amendedBy;
    private String amendmentNote;
    private LocalDate repealedOn;
    private String repealReason;
    private String repealedInCleanUp;
    private LocalDate expiredOn;
    private final List<Reevaluation> reevaluations;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public NormativeDocument(String id, TownshipCode township, DocumentDraft draft, DocumentStatus status,
                             LocalDate reviewSubmittedOn, String number, LocalDate issuedOn, LocalDate effectiveOn,
                             Validity validity, String amendedBy, String amendmentNote, LocalDate repealedOn,
                             String repealReason, String repealedInCleanUp, LocalDate expiredOn,
                             List<Reevaluation> reevaluations, long version, Stamp created, Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.draft = Objects.requireNonNull(draft);
        this.status = Objects.requireNonNull(status);
        this.reviewSubmittedOn = reviewSubmittedOn;
        this.number = number;
        this.issuedOn = issuedOn;
        this.effectiveOn = effectiveOn;
        this.validity = validity;
        this.amendedBy = amendedBy;
        this.amendmentNote = amendmentNote;
        this.repealedOn = repealedOn;
        this.repealReason = repealReason;
        this.repealedInCleanUp = repealedInCleanUp;
        this.expiredOn = expiredOn;
        this.reevaluations = new ArrayList<>(reevaluations);
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    /** A new draft. */
    public static NormativeDocument draft(String id, TownshipCode township, DocumentDraft draft) {
        return new NormativeDocument(id, township, draft, DocumentStatus.DRAFT, null, null, null, null, null, null,
                null, null, null, null, null, List.of(), 0, null, null);
    }

    /** Title, issuer and the provisional flag can be edited until the document is issued. */
    public void revise(DocumentDraft newDraft) {
        if (status != DocumentStatus.DRAFT && status != DocumentStatus.IN_REVIEW) {
            throw new InvalidInput("status", "document.notEditable", status);
        }
        this.draft = Objects.requireNonNull(newDraft);
    }

    /** DRAFT → IN_REVIEW, on the day it is handed to the legality review. */
    public void submitForReview(LocalDate today) {
        moveTo(DocumentStatus.IN_REVIEW, today);
        this.reviewSubmittedOn = today;
    }

    /**
     * IN_REVIEW → EFFECTIVE. LR-01: only with a passed review (the review gate's answer for this document), dated
     * not before the review's opinion; LR-06: the validity is at most five years from the effective date, two when provisional.
     */
    public void issue(DocumentIssue issue, ReviewStatus review, LocalDate today) {
        requireTransition(DocumentStatus.EFFECTIVE, today);
        NormativeDocumentReview.requirePassedBefore(review, issue.issuedOn());
        Validity newValidity = Validity.of(issue.effectiveOn(), issue.validUntil(), draft.provisional());
        this.number = issue.number();
        this.issuedOn = issue.issuedOn();
        this.effectiveOn = issue.effectiveOn();
        this.validity = newValidity;
        this.status = DocumentStatus.EFFECTIVE;
    }

    /** EFFECTIVE → AMENDED, naming the amending document (its id) or saying in a note how it was amended. */
    public void amend(String amendingDocument, String note, LocalDate today) {
        InputCheck check = new InputCheck();
        String by = check.optional("amendedBy", amendingDocument, MAX_REF_LENGTH);
        String why = check.optional("note", note, MAX_NOTE_LENGTH);
        if (isBlank(amendingDocument) && isBlank(note)) {
            check.fail("amendedBy", "document.amend.referenceRequired");
        }
        if (id.equals(by)) {
            check.fail("amendedBy", "document.amend.self");
        }
        check.done();
        requireTransition(DocumentStatus.AMENDED, today);
        this.amendedBy = by;
        this.amendmentNote = why;
        this.status = DocumentStatus.AMENDED;
    }

    /** EFFECTIVE → REPEALED with the reason, on a day not before it took effect; {@code cleanUp} when a campaign decided it. */
    public void repeal(LocalDate on, String reason, String cleanUp, LocalDate today) {
        InputCheck check = new InputCheck();
        check.present("repealedOn", on);
        String why = check.required("reason", reason, MAX_NOTE_LENGTH);
        check.done();
        requireTransition(DocumentStatus.REPEALED, today);
        if (on.isBefore(effectiveOn)) {
            throw new InvalidInput("repealedOn", "document.repealedOn.beforeEffective", effectiveOn.toString());
        }
        this.repealedOn = on;
        this.repealReason = why;
        this.repealedInCleanUp = cleanUp;
        this.status = DocumentStatus.REPEALED;
    }

    /**
     * LR-06: a document in force is re-evaluated before its validity ends; the new validity counts from the day
     * of the evaluation within the same limits (five years, two when provisional), the longest when not given.
     * Past its end the document has expired and can no longer be re-evaluated.
     */
    public void reevaluate(LocalDate evaluatedOn, LocalDate validUntil, String conclusion, String by,
                           LocalDate today) {
        InputCheck check = new InputCheck();
        check.present("evaluatedOn", evaluatedOn);
        String text = check.required("conclusion", conclusion, Reevaluation.MAX_CONCLUSION_LENGTH);
        if (evaluatedOn != null && evaluatedOn.isAfter(today)) {
            check.fail("evaluatedOn", "date.notInFuture");
        }
        check.done();
        if (status != DocumentStatus.EFFECTIVE) {
            throw new InvalidInput("status", "document.reevaluate.notEffective", status);
        }
        validity.requireNotLapsed(today, evaluatedOn);
        if (evaluatedOn.isBefore(validity.from())) {
            throw new InvalidInput("evaluatedOn", "document.evaluatedOn.beforeStart", validity.from().toString());
        }
        Validity renewed = Validity.of(evaluatedOn, validUntil, draft.provisional());
        reevaluations.add(new Reevaluation(evaluatedOn, by, text, validity.until(), renewed.until()));
        this.validity = renewed;
    }

    /** EFFECTIVE → EXPIRED once the last day of the validity has passed (LR-06); the day after it is the expiry. */
    public void expire(LocalDate today) {
        if (status != DocumentStatus.EFFECTIVE || !validity.lapsedOn(today)) {
            throw new InvalidInput("status", "document.expire.notLapsed", status,
                    validity == null ? "" : validity.until().toString());
        }
        this.expiredOn = validity.until().plusDays(1);
        this.status = DocumentStatus.EXPIRED;
    }

    /** The status as of {@code today}: a document in force past its validity counts as EXPIRED (LR-06). */
    public DocumentStatus statusOn(LocalDate today) {
        if (status == DocumentStatus.EFFECTIVE && validity.lapsedOn(today)) {
            return DocumentStatus.EXPIRED;
        }
        return status;
    }

    /** Expired, recorded or not. */
    public boolean isExpiredOn(LocalDate today) {
        return statusOn(today) == DocumentStatus.EXPIRED;
    }

    /** In force and within six months of the end of its validity: to be evaluated. */
    public boolean isEvaluationDueOn(LocalDate today) {
        return status == DocumentStatus.EFFECTIVE && validity.evaluationDueOn(today);
    }

    /** Six months before the end of the validity; null before issue. */
    public LocalDate evaluationDueOn() {
        return validity == null ? null : validity.evaluationDueOn();
    }

    private void requireTransition(DocumentStatus target, LocalDate today) {
        DocumentStatus now = statusOn(today);
        if (!now.canBecome(target)) {
            throw new InvalidInput("status", "document.status.transition", now, target);
        }
    }

    private void moveTo(DocumentStatus target, LocalDate today) {
        requireTransition(target, today);
        this.status = target;
    }

    /** The fields an audit event compares, as text. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", draft.title());
        fields.put("issuer", draft.issuer());
        fields.put("provisional", Boolean.toString(draft.provisional()));
        fields.put("status", status.name());
        fields.put("reviewSubmittedOn", text(reviewSubmittedOn));
        fields.put("number", number);
        fields.put("issuedOn", text(issuedOn));
        fields.put("effectiveOn", text(effectiveOn));
        fields.put("validFrom", validity == null ? null : validity.from().toString());
        fields.put("validUntil", validity == null ? null : validity.until().toString());
        fields.put("amendedBy", amendedBy);
        fields.put("amendmentNote", amendmentNote);
        fields.put("repealedOn", text(repealedOn));
        fields.put("repealReason", repealReason);
        fields.put("repealedInCleanUp", repealedInCleanUp);
        fields.put("expiredOn", text(expiredOn));
        Reevaluation last = lastReevaluation();
        fields.put("reevaluations", Integer.toString(reevaluations.size()));
        fields.put("lastReevaluation.evaluatedOn", last == null ? null : last.evaluatedOn().toString());
        fields.put("lastReevaluation.conclusion", last == null ? null : last.conclusion());
        return fields;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public Reevaluation lastReevaluation() {
        return reevaluations.isEmpty() ? null : reevaluations.get(reevaluations.size() - 1);
    }

    public String id() {
        return id;
    }

    public TownshipCode township() {
        return township;
    }

    public DocumentDraft draft() {
        return draft;
    }

    /** The status as recorded; see {@link #statusOn} for the status as of a day. */
    public DocumentStatus status() {
        return status;
    }

    public LocalDate reviewSubmittedOn() {
        return reviewSubmittedOn;
    }

    public String number() {
        return number;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    /** Null before issue. */
    public Validity validity() {
        return validity;
    }

    public String amendedBy() {
        return amendedBy;
    }

    public String amendmentNote() {
        return amendmentNote;
    }

    public LocalDate repealedOn() {
        return repealedOn;
    }

    public String repealReason() {
        return repealReason;
    }

    public String repealedInCleanUp() {
        return repealedInCleanUp;
    }

    public LocalDate expiredOn() {
        return expiredOn;
    }

    /** All re-evaluations, the first first. */
    public List<Reevaluation> reevaluations() {
        return List.copyOf(reevaluations);
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
