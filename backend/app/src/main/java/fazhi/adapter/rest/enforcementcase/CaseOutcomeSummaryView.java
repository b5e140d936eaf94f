package fazhi.adapter.rest.enforcementcase;

import fazhi.enforcement.model.OutcomeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseOutcomeSummaryView", description = "An outcome as lists show it.", requiredProperties = {"kind"})
public record CaseOutcomeSummaryView(
        OutcomeKind kind,
        @Schema(description = "The fine in CNY", nullable = true, examples = "200.00") String fineAmount) {
}
