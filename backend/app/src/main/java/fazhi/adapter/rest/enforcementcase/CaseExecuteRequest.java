package fazhi.adapter.rest.enforcementcase;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseExecuteRequest", description = "The decision was paid or performed (执行). For a fine, "
        + "amountPaid must cover the fine plus the late surcharge as of executedOn (ENF-11).")
public record CaseExecuteRequest(
        @Schema(description = "Today when left out; never after today", nullable = true, examples = "2025-07-20")
        LocalDate executedOn,
        @Schema(description = "What was paid in CNY; required for a fine", nullable = true, examples = "200.00")
        @Pattern(regexp = "\\d{1,10}(\\.\\d{1,2})?") String amountPaid) {
}
