package fazhi.adapter.rest.contract;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractTermRequest", description = "The term (合同期限): first and last day, both included.",
        requiredProperties = {"startOn", "endOn"})
public record ContractTermRequest(
        @Schema(examples = "2025-07-01") @NotNull LocalDate startOn,
        @Schema(description = "CON-03 warns from the township's notice days before it", examples = "2025-12-31")
        @NotNull LocalDate endOn) {
}
