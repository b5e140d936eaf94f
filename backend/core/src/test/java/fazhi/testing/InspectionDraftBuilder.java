package fazhi.testing;

import fazhi.enforcement.model.InspectionDraft;
import fazhi.enforcement.model.InspectionReason;

import java.time.LocalDate;
import java.util.List;

/**
 * What an officer proposes: 锦和镇兴旺砂石场 under item-1, by officer-1 and officer-2, planned on 2025-07-10 by the
 * plan, unless told otherwise.
 */
public final class InspectionDraftBuilder {

    public static final String XINGWANG = "91431226MA4L2TH368";
    public static final String JINJIANG = "91431226MA4NJ1XG2R";
    public static final String FUYUAN = "92431226MA4L72HD19";

    private String name = "锦和镇兴旺砂石场";
    private String creditCode = XINGWANG;
    private String itemId = "item-1";
    private List<String> officerIds = List.of("officer-1", "officer-2");
    private LocalDate plannedOn = LocalDate.of(2025, 7, 10);
    private InspectionReason reason = InspectionReason.PLANNED;
    private String note;

    private InspectionDraftBuilder() {
    }

    public static InspectionDraftBuilder aDraft() {
        return new InspectionDraftBuilder();
    }

    public InspectionDraftBuilder of(String name, String creditCode) {
        this.name = name;
        this.creditCode = creditCode;
        return this;
    }

    public InspectionDraftBuilder under(String itemId) {
        this.itemId = itemId;
        return this;
    }

    public InspectionDraftBuilder by(String... officerIds) {
        this.officerIds = List.of(officerIds);
        return this;
    }

    public InspectionDraftBuilder on(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
        return this;
    }

    public InspectionDraftBuilder on(String plannedOn) {
        return on(LocalDate.parse(plannedOn));
    }

    public InspectionDraftBuilder caseTriggered(String note) {
        this.reason = InspectionReason.CASE_TRIGGERED;
        this.note = note;
        return this;
    }

    public InspectionDraft build() {
        return InspectionDraft.of(name, creditCode, itemId, officerIds, plannedOn, reason, note);
    }
}
