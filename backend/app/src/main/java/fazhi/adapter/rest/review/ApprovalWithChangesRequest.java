package fazhi.adapter.rest.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ApprovalWithChangesRequest", description = "修改后通过, with the changes required.")
public record ApprovalWithChangesRequest(
        @Schema(description = "The changes required, at least one", examples = "[\"第十二条违约金比例调整为不超过合同金额的20%\"]")
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 1000) String> requiredChanges,
        @Schema(description = "Why a normative document is answered before its fifth working day (LR-01)",
                nullable = true) @Size(max = 500) String earlyReason) {
}
