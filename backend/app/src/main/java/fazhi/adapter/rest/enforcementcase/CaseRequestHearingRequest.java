package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseRequestHearingRequest", description = "The party asked for the hearing offered, within 5 days "
        + "of the notice (ENF-06).")
public record CaseRequestHearingRequest(
        @Schema(description = "Today when left out; never after today", nullable = true,
                examples = "2025-06-23") LocalDate requestedOn) {
}
