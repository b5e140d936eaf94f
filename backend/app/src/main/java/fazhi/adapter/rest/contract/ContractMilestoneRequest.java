package fazhi.adapter.rest.contract;

import fazhi.contract.model.MilestoneKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractMilestoneRequest", description = "A milestone of the performance plan (履约节点).",
        requiredProperties = {"kind", "title", "dueOn"})
public record ContractMilestoneRequest(
        @Schema(description = "DELIVERABLE (交付), ACCEPTANCE (验收) or PAYMENT (付款, met by its payments)",
                examples = "PAYMENT") @NotNull MilestoneKind kind,
        @Schema(examples = "预付款（30%）") @NotNull @Size(max = 100) String title,
        @Schema(description = "CON-03: flagged once past, while pending", examples = "2025-07-10") @NotNull
        LocalDate dueOn,
        @Schema(description = "CNY; required for a payment, whose milestones together stay within the amount",
                nullable = true, examples = "258000.00") @Pattern(regexp = "\\d{1,12}(\\.\\d{1,2})?") String amount) {
}
