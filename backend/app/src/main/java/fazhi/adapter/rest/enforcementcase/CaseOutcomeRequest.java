package fazhi.adapter.rest.enforcementcase;

import fazhi.enforcement.model.OutcomeKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseOutcomeRequest", description = "An outcome: FINE needs fineAmount, OTHER needs measure, "
        + "NO_PENALTY_FIRST_VIOLATION needs educationGiven (ENF-08), NO_PENALTY_MINOR needs reason.",
        requiredProperties = {"kind"})
public record CaseOutcomeRequest(
        @Schema(examples = "FINE") @NotNull OutcomeKind kind,
        @Schema(description = "The fine in CNY, a decimal string with at most two decimals", nullable = true,
                examples = "200.00") @Pattern(regexp = "\\d{1,10}(\\.\\d{1,2})?") String fineAmount,
        @Schema(description = "The other measure, in words", nullable = true, examples = "暂扣驾驶证三个月")
        @Size(max = 200) String measure,
        @Schema(description = "The education given (批评教育) with a 首违不罚 outcome", nullable = true,
                examples = "当场批评教育，讲解道路交通安全法规，当事人签署承诺书。") @Size(max = 500) String educationGiven,
        @Schema(description = "Why a minor violation goes unpunished", nullable = true,
                examples = "违法行为轻微并及时改正，没有造成危害后果。") @Size(max = 500) String reason) {
}
