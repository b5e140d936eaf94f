package fazhi.adapter.rest.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ContractSubmissionRequest", description = "Submitting a contract or an amendment to its legality "
        + "review (送审).", requiredProperties = {"materials"})
public record ContractSubmissionRequest(
        @Schema(description = "The materials submitted (送审材料), one line each",
                examples = "[\"合同文本（送审稿）\", \"招标文件及中标通知书\"]")
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> materials,
        @Schema(description = "Username of the legal reviewer to assign now; not the submitter (LR-04)",
                examples = "reviewer", nullable = true) @Size(max = 100) String reviewer) {
}
