package fazhi.adapter.rest.enforcementcase;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseExtensionRequest", description = "A leader approves deciding after the 90 days (ENF-04).",
        requiredProperties = {"reason", "until"})
public record CaseExtensionRequest(
        @Schema(examples = "案情复杂，需进行技术鉴定。") @NotNull @Size(max = 500) String reason,
        @Schema(description = "The new last day for the decision", examples = "2025-10-31") @NotNull LocalDate until) {
}
