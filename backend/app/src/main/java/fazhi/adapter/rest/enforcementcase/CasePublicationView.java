package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CasePublicationView", description = "The publication of the decision (ENF-13); withdrawnOn is set "
        + "when the decision was revoked.", requiredProperties = {"publishedOn"})
public record CasePublicationView(@Schema(examples = "2025-07-15") LocalDate publishedOn,
                                  @Schema(nullable = true, examples = "2025-08-01") LocalDate withdrawnOn) {
}
