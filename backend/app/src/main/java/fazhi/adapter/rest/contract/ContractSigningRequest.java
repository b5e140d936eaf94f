package fazhi.adapter.rest.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ContractSigningRequest", description = "The signing (签订) of a contract or an amendment, with the "
        + "signed text uploaded first as an attachment of the contract.",
        requiredProperties = {"signatories", "signedFileId"})
public record ContractSigningRequest(
        @Schema(description = "Today when left out; never after today, nor before the approval or the review's "
                + "opinion", nullable = true, examples = "2025-06-25") LocalDate signedOn,
        @Schema(description = "Who signed for each side (签约代表)", examples = "[\"赵志刚\", \"王建兴\"]")
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 100) String> signatories,
        @Schema(description = "The attachment id of the signed text, one of the contract's files",
                examples = "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") @NotNull @Size(max = 36) String signedFileId) {
}
