package fazhi.adapter.rest.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentRequest")
public record AssignmentRequest(
        @Schema(description = "Username of the legal reviewer; never one who submitted the subject (LR-04)",
                examples = "reviewer") @NotBlank @Size(max = 100) String reviewer) {
}
