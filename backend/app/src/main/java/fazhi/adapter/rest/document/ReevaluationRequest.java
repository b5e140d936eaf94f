package fazhi.adapter.rest.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ReevaluationRequest", description = "A document in force re-evaluated (评估) before its validity "
        + "ends (LR-06); its new validity counts from the evaluation day.")
public record ReevaluationRequest(
        @Schema(description = "The day of the evaluation, not in the future and not after the validity ended",
                examples = "2026-09-15") @NotNull LocalDate evaluatedOn,
        @Schema(description = "The new last day: at most five years from the evaluation day, two when provisional; "
                + "the longest allowed when left out", examples = "2028-09-14", nullable = true) LocalDate validUntil,
        @Schema(description = "The evaluation's conclusion", examples = "经评估，该办法运行良好，继续施行")
        @NotBlank @Size(max = 1000) String conclusion) {
}
