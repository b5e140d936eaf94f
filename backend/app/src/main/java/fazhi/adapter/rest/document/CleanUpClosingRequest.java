package fazhi.adapter.rest.document;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CleanUpClosingRequest", description = "Closing a campaign: the documents decided REPEAL are "
        + "repealed that day.")
public record CleanUpClosingRequest(
        @Schema(description = "Not before the campaign's date", examples = "2025-06-30") @NotNull LocalDate closedOn) {
}
