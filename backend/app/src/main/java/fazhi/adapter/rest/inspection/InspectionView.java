package fazhi.adapter.rest.inspection;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.InspectionMethod;
import fazhi.enforcement.model.InspectionReason;
import fazhi.enforcement.model.InspectionResult;
import fazhi.enforcement.model.InspectionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "InspectionView", description = "An enterprise inspection (涉企行政检查).",
        requiredProperties = {"id", "township", "enterprise", "item", "field", "officers", "plannedOn", "countedOn",
                "reason", "status", "beyondYearlyCap", "version", "createdAt", "updatedAt"})
public record InspectionView(
        @Schema(examples = "9c2e4a6b-8d0f-4b1a-9c3e-5f7a9b1c3d5e") String id,
        @Schema(examples = "jinhe") String township,
        Enterprise enterprise,
        @Schema(description = "The item of the list it cites, as it stood when proposed") Item item,
        @Schema(description = "The item's field, kept with the inspection") EnforcementField field,
        @Schema(description = "The officers with the certificates they showed") List<Officer> officers,
        @Schema(examples = "2025-07-10") LocalDate plannedOn,
        @Schema(description = "The day it was done; null until DONE", nullable = true, examples = "2025-07-10")
        LocalDate inspectedOn,
        @Schema(description = "The day it counts on (figures, ENF-14): inspectedOn once done, plannedOn until then",
                examples = "2025-07-10") LocalDate countedOn,
        InspectionReason reason,
        @Schema(nullable = true, examples = "群众举报超范围开采") String reasonNote,
        @Schema(description = "PROPOSED → APPROVED → NOTIFIED → DONE") InspectionStatus status,
        @Schema(nullable = true, examples = "2025-07-03") LocalDate approvedOn,
        @Schema(nullable = true, examples = "leader") String approvedBy,
        @Schema(description = "Approved beyond the yearly cap by the leader's exception for a case-triggered one "
                + "(ENF-14)") boolean beyondYearlyCap,
        @Schema(nullable = true, examples = "2025-07-07") LocalDate notifiedOn,
        @Schema(nullable = true) InspectionResult result,
        @Schema(nullable = true, examples = "灭火器压力不足2具，疏散通道堆放杂物") String findings,
        @Schema(nullable = true, examples = "2025-07-25") LocalDate rectificationDueOn,
        @Schema(nullable = true, examples = "锦和立〔2025〕5号") String caseReference,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "3") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    @Schema(name = "InspectedEnterpriseView", requiredProperties = {"name", "creditCode"})
    public record Enterprise(
            @Schema(examples = "锦和镇兴旺砂石场") String name,
            @Schema(examples = "91431226MA4L2TH368") String creditCode) {
    }

    @Schema(name = "InspectedItemView", requiredProperties = {"id", "code", "name", "method"})
    public record Item(
            @Schema(examples = "2f4e6a8c-1b3d-4f5a-8c7e-9d0b1a2c3e4f") String id,
            @Schema(examples = "JH-JC-007") String code,
            @Schema(examples = "对非煤矿山企业安全生产条件的检查") String name,
            InspectionMethod method) {
    }

    @Schema(name = "InspectedOfficerView", requiredProperties = {"id", "name"})
    public record Officer(
            @Schema(examples = "0b6f4c1e-2f0d-4a53-9d2e-7f6f0c6a1b2c") String id,
            @Schema(examples = "龙建国") String name,
            @Schema(nullable = true, examples = "湘执法43122600101") String certificateNumber) {
    }
}
