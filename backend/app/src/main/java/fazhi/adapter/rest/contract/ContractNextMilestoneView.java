package fazhi.adapter.rest.contract;

import fazhi.contract.model.MilestoneKind;
import fazhi.contract.model.MilestoneStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractNextMilestoneView", description = "The pending milestone due first.",
        requiredProperties = {"number", "kind", "title", "dueOn", "status"})
public record ContractNextMilestoneView(@Schema(examples = "2") int number,
                                        MilestoneKind kind,
                                        @Schema(examples = "进度款（完成工程量50%）") String title,
                                        @Schema(examples = "2025-09-30") LocalDate dueOn,
                                        @Schema(description = "PENDING, or OVERDUE past its due day (CON-03)")
                                        MilestoneStatus status) {
}
