package fazhi.adapter.rest.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "RejectionRequest", description = "不通过, with the reasons; blocks the subject (LR-05).")
public record RejectionRequest(
        @Schema(description = "The reasons, at least one", examples = "[\"未经公平竞争审查\", \"设定罚款超越法定权限\"]")
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 1000) String> reasons,
        @Schema(description = "Why a normative document is answered before its fifth working day (LR-01)",
                nullable = true) @Size(max = 500) String earlyReason) {
}
