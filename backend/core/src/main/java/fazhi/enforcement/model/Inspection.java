package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.TrackedRecord;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An enterprise inspection (涉企行政检查): proposed by an officer under a published item of the list (ENF-14) with
 * at least two certified officers (ENF-01, ENF-02), approved by a leader before it happens, notified to the
 * enterprise, and done with its result. Until it is done it counts on its planned date ({@link #countedOn}).
 * {@code version} is the ETag (SYS-02).
 */
public final class Inspection implements TrackedRecord {

    private final String id;
    private final TownshipCode township;
    private Enterprise enterprise;
    private InspectedItem item;
    private List<InspectedOfficer> officers;
    private LocalDate plannedOn;
    private InspectionReason reason;
    private String reasonNote;
    private InspectionStatus status;
    private LocalDate approvedOn;
    private String approvedBy;
    private boolean beyondYearlyCap;
    private LocalDate notifiedOn;
    private LocalDate inspectedOn;
    private InspectionResult result;
    private String findings;
    private LocalDate rectificationDueOn;
    private String caseReference;
    private final long version;
    private final Stamp created;
    private final Stamp updated;

    public Inspection(String id, TownshipCode township, Enterprise enterprise, InspectedItem item,
                      List<InspectedOfficer> officers, LocalDate plannedOn, InspectionReason reason, String reasonNote,
                      InspectionStatus status, LocalDate approvedOn, String approvedBy, boolean beyondYearlyCap,
                      LocalDate notifiedOn, LocalDate inspectedOn, InspectionResult result, String findings,
                      LocalDate rectificationDueOn, String caseReference, long version, Stamp created,
                      Stamp updated) {
        this.id = Objects.requireNonNull(id);
        this.township = Objects.requireNonNull(township);
        this.enterprise = Objects.requireNonNull(enterprise);
        this.item = Objects.requireNonNull(item);
        this.officers = List.copyOf(officers);
        this.plannedOn = Objects.requireNonNull(plannedOn);
        this.reason = Objects.requireNonNull(reason);
        this.reasonNote = reasonNote;
        this.status = Objects.requireNonNull(status);
        this.approvedOn = approvedOn;
        this.approvedBy = approvedBy;
        this.beyondYearlyCap = beyondYearlyCap;
        this.notifiedOn = notifiedOn;
        this.inspectedOn = inspectedOn;
        this.result = result;
        this.findings = findings;
        this.rectificationDueOn = rectificationDueOn;
        this.caseReference = caseReference;
        this.version = version;
        this.created = created;
        this.updated = updated;
    }

    /** A new inspection waiting for a leader's approval. */
    public static Inspection propose(String id, TownshipCode township, InspectionDraft draft, InspectedItem item,
                                     List<InspectedOfficer> officers) {
        return new Inspection(id, township, draft.enterprise(), item, officers, draft.plannedOn(), draft.reason(),
                draft.reasonNote(), InspectionStatus.PROPOSED, null, null, false, null, null, null, null, null, null,
                0, null, null);
    }

    /** Until a leader approves it, the proposal can be changed. */
    public void revise(InspectionDraft draft, InspectedItem newItem, List<InspectedOfficer> newOfficers) {
        requireEditable();
        this.enterprise = draft.enterprise();
        this.item = Objects.requireNonNull(newItem);
        this.officers = List.copyOf(newOfficers);
        this.plannedOn = draft.plannedOn();
        this.reason = draft.reason();
        this.reasonNote = draft.reasonNote();
    }

    /** Only a proposal is edited: what a leader approved stays as approved. */
    public void requireEditable() {
        if (status != InspectionStatus.PROPOSED) {
            throw new InvalidInput("status", "inspection.notEditable", status.name());
        }
    }

    /** PROPOSED → APPROVED by a leader on {@code today}; {@code beyondCap} when ENF-14's exception was used. */
    public void approve(String by, LocalDate today, boolean beyondCap) {
        moveTo(InspectionStatus.APPROVED);
        this.approvedBy = Objects.requireNonNull(by);
        this.approvedOn = Objects.requireNonNull(today);
        this.beyondYearlyCap = beyondCap;
    }

    /** APPROVED → NOTIFIED: the enterprise was told on {@code on}, not before the approval nor after today. */
    public void notifyEnterprise(LocalDate on, LocalDate today) {
        requireTransition(InspectionStatus.NOTIFIED);
        InspectionInput check = new InspectionInput();
        check.present("notifiedOn", on);
        check.notAfter("notifiedOn", on, today);
        if (on != null && on.isBefore(approvedOn)) {
            check.fail("notifiedOn", "inspection.notifiedOn.beforeApproval", approvedOn.toString());
        }
        check.done();
        this.notifiedOn = on;
        this.status = InspectionStatus.NOTIFIED;
    }

    /**
     * NOTIFIED → DONE: the result of the inspection carried out on its day, not before the notice nor after today,
     * by {@code team} (checked on that day by the use case).
     */
    public void record(RecordedResult recorded, List<InspectedOfficer> team, LocalDate today) {
        requireRecordable(recorded, today);
        this.officers = List.copyOf(team);
        this.inspectedOn = recorded.inspectedOn();
        this.result = recorded.result();
        this.findings = recorded.findings();
        this.rectificationDueOn = recorded.rectificationDueOn();
        this.caseReference = recorded.caseReference();
        this.status = InspectionStatus.DONE;
    }

    /** The checks of {@link #record} alone: notified, and the day neither before the notice nor after today. */
    public void requireRecordable(RecordedResult recorded, LocalDate today) {
        requireTransition(InspectionStatus.DONE);
        InspectionInput check = new InspectionInput();
        check.notAfter("inspectedOn", recorded.inspectedOn(), today);
        if (recorded.inspectedOn().isBefore(notifiedOn)) {
            check.fail("inspectedOn", "inspection.inspectedOn.beforeNotice", notifiedOn.toString());
        }
        check.done();
    }

    /** Marks a recorded inspection as beyond a yearly cap (its year moved and the leader's exception applied). */
    public void markBeyondYearlyCap() {
        this.beyondYearlyCap = true;
    }

    public void requireTransition(InspectionStatus target) {
        if (!status.canBecome(target)) {
            throw new InvalidInput("status", "inspection.status.transition", status.name(), target.name());
        }
    }

    private void moveTo(InspectionStatus target) {
        requireTransition(target);
        this.status = target;
    }

    /** The day the inspection counts on (figures, ENF-14): the day it was done, the planned day until then. */
    public LocalDate countedOn() {
        return inspectedOn != null ? inspectedOn : plannedOn;
    }

    public List<String> officerIds() {
        return officers.stream().map(InspectedOfficer::id).toList();
    }

    /** The fields an audit event compares, as text. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("enterprise.name", enterprise.name());
        fields.put("enterprise.creditCode", enterprise.creditCode().value());
        fields.put("item", item.id());
        fields.put("item.code", item.code());
        fields.put("field", item.field().name());
        fields.put("officers", String.join(",", officers.stream()
                .map(o -> o.name() + (o.certificateNumber() == null ? "" : "/" + o.certificateNumber())).toList()));
        fields.put("plannedOn", plannedOn.toString());
        fields.put("reason", reason.name());
        fields.put("reasonNote", reasonNote);
        fields.put("status", status.name());
        fields.put("approvedOn", text(approvedOn));
        fields.put("approvedBy", approvedBy);
        fields.put("beyondYearlyCap", Boolean.toString(beyondYearlyCap));
        fields.put("notifiedOn", text(notifiedOn));
        fields.put("inspectedOn", text(inspectedOn));
        fields.put("result", result == null ? null : result.name());
        fields.put("findings", findings);
        fields.put("rectificationDueOn", text(rectificationDueOn));
        fields.put("caseReference", caseReference);
        return fields;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public String id() {
        return id;
    }

    public TownshipCode township() {
        return township;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public InspectedItem item() {
        return item;
    }

    public List<InspectedOfficer> officers() {
        return officers;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public InspectionReason reason() {
        return reason;
    }

    public String reasonNote() {
        return reasonNote;
    }

    public InspectionStatus status() {
        return status;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public boolean beyondYearlyCap() {
        return beyondYearlyCap;
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    /** Null until done. */
    public LocalDate inspectedOn() {
        return inspectedOn;
    }

    public InspectionResult result() {
        return result;
    }

    public String findings() {
        return findings;
    }

    public LocalDate rectificationDueOn() {
        return rectificationDueOn;
    }

    public String caseReference() {
        return caseReference;
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
