package fazhi.adapter.rest.decision;

import fazhi.review.model.RiskLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "RiskAssessmentRequest", description = "风险评估: when, the risk level found, the conclusion.")
public record RiskAssessmentRequest(
        @Schema(examples = "2025-04-10") @NotNull LocalDate assessedOn,
        @Schema(description = "低 LOW, 中 MEDIUM, 高 HIGH", examples = "LOW") @NotNull RiskLevel level,
        @Schema(examples = "社会稳定风险等级为低，可以实施") @NotBlank @Size(max = 2000) String conclusion) {
}
