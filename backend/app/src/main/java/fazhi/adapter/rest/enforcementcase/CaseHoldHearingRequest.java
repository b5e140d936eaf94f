package fazhi.adapter.rest.enforcementcase;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseHoldHearingRequest", description = "The hearing (听证) was held; the case becomes major (ENF-07).",
        requiredProperties = {"summary"})
public record CaseHoldHearingRequest(
        @Schema(description = "Today when left out; never after today", nullable = true, examples = "2025-07-02")
        LocalDate heldOn,
        @Schema(description = "What was heard", examples = "当事人到场陈述申辩，案件调查人员出示证据。")
        @Size(max = 2000) String summary) {
}
