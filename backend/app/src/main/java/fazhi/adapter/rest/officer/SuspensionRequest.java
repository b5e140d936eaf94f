package fazhi.adapter.rest.officer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SuspensionRequest")
public record SuspensionRequest(
        @Schema(description = "Why the officer may not act for now", examples = "执法证年审未通过")
        @NotBlank @Size(max = 500) String reason) {
}
