package fazhi.adapter.rest.contract;

import fazhi.contract.model.MilestoneKind;
import fazhi.contract.model.MilestoneStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ContractMilestoneView", description = "A performance milestone (履约节点).",
        requiredProperties = {"number", "kind", "title", "dueOn", "status", "paid", "evidenceFileIds",
                "allowedActions"})
public record ContractMilestoneView(
        @Schema(description = "Its number in the contract, for .../milestones/{number}", examples = "1") int number,
        MilestoneKind kind,
        @Schema(examples = "预付款") String title,
        @Schema(examples = "2025-07-10") LocalDate dueOn,
        @Schema(description = "CNY; required for a payment", nullable = true, examples = "258000.00") String amount,
        @Schema(description = "OVERDUE: pending past its due day (CON-03)") MilestoneStatus status,
        @Schema(description = "CNY paid against it", examples = "0.00") String paid,
        @Schema(nullable = true, examples = "2025-07-08") LocalDate doneOn,
        @Schema(nullable = true, examples = "验收合格") String note,
        @Schema(nullable = true, examples = "设计变更，该节点取消") String waivedReason,
        @Schema(description = "Attachments of the contract that evidence it") List<String> evidenceFileIds,
        @Schema(description = "Verbs for .../milestones/{number}/actions/{verb}",
                examples = "[\"complete\", \"waive\"]")
        List<String> allowedActions) {
}
