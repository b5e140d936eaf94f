package fazhi.adapter.rest.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "DocumentSubmissionRequest", description = "Submitting a draft to its legality review (送审).")
public record DocumentSubmissionRequest(
        @Schema(description = "The materials submitted (送审材料), one line each",
                examples = "[\"合同管理办法（送审稿）\", \"起草说明\", \"征求意见情况\"]")
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> materials,
        @Schema(description = "Username of the legal reviewer to assign now; not the submitter (LR-04)",
                examples = "reviewer", nullable = true) @Size(max = 100) String reviewer) {
}
