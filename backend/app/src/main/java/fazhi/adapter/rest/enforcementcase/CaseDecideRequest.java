package fazhi.adapter.rest.enforcementcase;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseDecideRequest", description = "The decision (处理决定); a penalty gets its decision number "
        + "(e.g. 锦和罚决字〔2025〕第7号).", requiredProperties = {"outcome", "partyPresent"})
public record CaseDecideRequest(
        @Schema(description = "Today when left out; never after today", nullable = true, examples = "2025-07-10")
        LocalDate decidedOn,
        @NotNull @Valid CaseOutcomeRequest outcome,
        @Schema(description = "The party was present (delivered on the spot) or not (within 7 days, ENF-10)",
                examples = "true") @NotNull Boolean partyPresent) {
}
