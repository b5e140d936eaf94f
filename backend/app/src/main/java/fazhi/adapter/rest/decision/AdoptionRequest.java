package fazhi.adapter.rest.decision;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AdoptionRequest", description = "The decision adopted (作出决定), after the collective discussion.")
public record AdoptionRequest(
        @Schema(description = "Not before the meeting", examples = "2025-04-28") @NotNull LocalDate adoptedOn) {
}
