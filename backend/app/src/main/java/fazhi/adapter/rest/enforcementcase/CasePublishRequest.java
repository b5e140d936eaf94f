package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CasePublishRequest", description = "Publish the penalty decision with personal data removed (ENF-13).")
public record CasePublishRequest(
        @Schema(description = "Today when left out; never after today", nullable = true,
                examples = "2025-07-15") LocalDate publishedOn) {
}
