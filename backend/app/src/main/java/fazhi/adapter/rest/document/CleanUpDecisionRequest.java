package fazhi.adapter.rest.document;

import fazhi.review.model.CleanUpVerdict;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CleanUpDecisionRequest", description = "The campaign's decision on one document in force; a later "
        + "one on the same document replaces it.")
public record CleanUpDecisionRequest(
        @Schema(description = "Id of a document in force of the township",
                examples = "0b6f4c1e-2f0d-4a53-9d2e-7f6f0c6a1b2c") @NotBlank @Size(max = 36) String documentId,
        @Schema(description = "继续有效 KEEP, 修改 AMEND, 废止 REPEAL (applied when the campaign closes)",
                examples = "REPEAL") @NotNull CleanUpVerdict verdict,
        @Schema(examples = "与上位法不一致") @NotBlank @Size(max = 500) String reason) {
}
