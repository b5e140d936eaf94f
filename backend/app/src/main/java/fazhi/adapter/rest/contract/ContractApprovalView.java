package fazhi.adapter.rest.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractApprovalView", requiredProperties = {"approvedOn", "approvedBy"})
public record ContractApprovalView(@Schema(examples = "2025-06-20") LocalDate approvedOn,
                                   @Schema(examples = "leader") String approvedBy,
                                   @Schema(nullable = true, examples = "同意签订") String opinion) {
}
