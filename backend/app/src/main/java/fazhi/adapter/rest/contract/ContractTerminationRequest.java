package fazhi.adapter.rest.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractTerminationRequest", description = "The contract ends before it was performed (终止/解除).",
        requiredProperties = {"reason"})
public record ContractTerminationRequest(
        @Schema(description = "Today when left out; never after today", nullable = true, examples = "2025-10-08")
        LocalDate terminatedOn,
        @Schema(examples = "承包方无力继续履约，经双方协商一致解除合同") @NotBlank @Size(max = 500) String reason) {
}
