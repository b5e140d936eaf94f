package fazhi.adapter.rest.contract;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractApprovalRequest", description = "The leader's approval (审批) of a contract or an amendment.")
public record ContractApprovalRequest(
        @Schema(description = "Today when left out; never after today", nullable = true, examples = "2025-06-20")
        LocalDate approvedOn,
        @Schema(description = "The leader's opinion", nullable = true, examples = "同意签订") @Size(max = 500)
        String opinion) {
}
