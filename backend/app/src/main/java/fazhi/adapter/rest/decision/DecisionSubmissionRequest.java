package fazhi.adapter.rest.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "DecisionSubmissionRequest", description = "Submitting a decision to its legality review (送审).")
public record DecisionSubmissionRequest(
        @Schema(description = "The materials submitted (送审材料), one line each",
                examples = "[\"决策草案\", \"公众意见采纳情况\", \"专家论证意见\", \"风险评估报告\"]")
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> materials,
        @Schema(description = "Username of the legal reviewer to assign now; not the submitter (LR-04)",
                examples = "reviewer", nullable = true) @Size(max = 100) String reviewer) {
}
