package fazhi.adapter.rest.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractTerminationView", requiredProperties = {"terminatedOn", "reason", "terminatedBy"})
public record ContractTerminationView(@Schema(examples = "2025-10-08") LocalDate terminatedOn,
                                      @Schema(examples = "经双方协商一致解除合同") String reason,
                                      @Schema(examples = "leader") String terminatedBy) {
}
