package fazhi.adapter.rest.enforcementcase;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseInvestigateRequest", description = "The investigation (调查取证) starts.")
public record CaseInvestigateRequest(
        @Schema(description = "Today when left out; never after today", nullable = true, examples = "2025-06-05")
        LocalDate startedOn,
        @Schema(nullable = true, examples = "现场勘验，询问当事人，调取执法记录仪视频。") @Size(max = 2000) String summary) {
}
