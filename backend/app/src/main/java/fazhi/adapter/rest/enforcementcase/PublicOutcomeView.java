package fazhi.adapter.rest.enforcementcase;

import fazhi.enforcement.model.OutcomeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicOutcomeView", description = "The penalty as published: WARNING, FINE with its amount, or OTHER "
        + "with its measure.", requiredProperties = {"kind"})
public record PublicOutcomeView(
        OutcomeKind kind,
        @Schema(description = "The fine in CNY", nullable = true, examples = "2000.00") String fineAmount,
        @Schema(nullable = true, examples = "责令停产停业整顿") String measure) {
}
