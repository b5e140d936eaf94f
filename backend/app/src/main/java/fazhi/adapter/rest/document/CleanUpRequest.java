package fazhi.adapter.rest.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CleanUpRequest", description = "A clean-up campaign (集中清理) opened.")
public record CleanUpRequest(
        @Schema(examples = "2025年规范性文件集中清理") @NotBlank @Size(max = 100) String name,
        @Schema(description = "The campaign's date", examples = "2025-05-20") @NotNull LocalDate heldOn) {
}
