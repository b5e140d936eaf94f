package fazhi.adapter.rest.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractMilestoneWaiverRequest", description = "A pending milestone is waived (免除), with a reason.",
        requiredProperties = {"reason"})
public record ContractMilestoneWaiverRequest(
        @Schema(description = "Today when left out; never after today", nullable = true, examples = "2025-09-01")
        LocalDate waivedOn,
        @Schema(examples = "设计变更，该节点取消") @NotBlank @Size(max = 500) String reason) {
}
