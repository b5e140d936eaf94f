package fazhi.adapter.rest.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractTermView", requiredProperties = {"startOn", "endOn"})
public record ContractTermView(@Schema(examples = "2025-07-01") LocalDate startOn,
                               @Schema(examples = "2025-12-31") LocalDate endOn) {
}
