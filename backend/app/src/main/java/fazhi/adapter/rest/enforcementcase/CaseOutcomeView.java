package fazhi.adapter.rest.enforcementcase;

import fazhi.enforcement.model.OutcomeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseOutcomeView", description = "An outcome (intended with the notice, or decided).",
        requiredProperties = {"kind", "penalty"})
public record CaseOutcomeView(
        OutcomeKind kind,
        @Schema(description = "WARNING, FINE and OTHER are penalties", examples = "true") boolean penalty,
        @Schema(description = "The fine in CNY", nullable = true, examples = "200.00") String fineAmount,
        @Schema(nullable = true, examples = "暂扣驾驶证三个月") String measure,
        @Schema(nullable = true, examples = "当场批评教育，讲解道路交通安全法规。") String educationGiven,
        @Schema(nullable = true, examples = "违法行为轻微并及时改正，没有造成危害后果。") String reason) {
}
