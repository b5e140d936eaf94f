package fazhi.adapter.rest.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ResubmissionRequest", description = "A rejected subject handed in again: a new round (LR-05).")
public record ResubmissionRequest(
        @Schema(description = "The materials of the new round", examples = "[\"合同文本（修改稿）\", \"修改情况说明\"]")
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> materials) {
}
