package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseWaiveHearingRequest", description = "The party waived the hearing offered (ENF-06).")
public record CaseWaiveHearingRequest(
        @Schema(description = "Today when left out; never after today", nullable = true,
                examples = "2025-06-21") LocalDate waivedOn) {
}
