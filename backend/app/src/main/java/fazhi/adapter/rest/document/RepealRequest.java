package fazhi.adapter.rest.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "RepealRequest", description = "A document in force repealed (废止).")
public record RepealRequest(
        @Schema(description = "The day it is repealed, not before it took effect", examples = "2025-11-30")
        @NotNull LocalDate repealedOn,
        @Schema(description = "Why", examples = "上位法已废止") @NotBlank @Size(max = 500) String reason) {
}
