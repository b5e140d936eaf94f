package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseDecisionView", description = "The decision (处理决定).",
        requiredProperties = {"outcome", "decidedOn", "partyPresent"})
public record CaseDecisionView(
        @Schema(description = "The decision number of a penalty; null for no penalty", nullable = true,
                examples = "锦和罚决字〔2025〕第7号") String number,
        CaseOutcomeView outcome,
        @Schema(examples = "2025-07-10") LocalDate decidedOn,
        @Schema(examples = "true") boolean partyPresent) {
}
