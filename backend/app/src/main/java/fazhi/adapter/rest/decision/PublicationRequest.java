package fazhi.adapter.rest.decision;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PublicationRequest", description = "An adopted decision published (公布).")
public record PublicationRequest(
        @Schema(description = "Not before the adoption", examples = "2025-05-06") @NotNull LocalDate publishedOn) {
}
