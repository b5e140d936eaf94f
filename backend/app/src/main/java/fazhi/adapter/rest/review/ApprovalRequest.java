package fazhi.adapter.rest.review;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApprovalRequest", description = "通过. The body may be left out.")
public record ApprovalRequest(
        @Schema(description = "Why a normative document is answered before its fifth working day (LR-01); kept "
                + "only for an early opinion", examples = "镇人民政府常务会议定于次日审议", nullable = true)
        @Size(max = 500) String earlyReason) {
}
