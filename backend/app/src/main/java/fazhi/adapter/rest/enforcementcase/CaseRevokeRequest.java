package fazhi.adapter.rest.enforcementcase;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseRevokeRequest", description = "Revoke the decision (撤销); its publication is withdrawn at once "
        + "(ENF-13).", requiredProperties = {"reason"})
public record CaseRevokeRequest(
        @Schema(description = "Today when left out; never after today", nullable = true, examples = "2025-08-01")
        LocalDate revokedOn,
        @Schema(examples = "行政复议决定撤销原处罚决定。") @Size(max = 500) String reason) {
}
