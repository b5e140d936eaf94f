package fazhi.adapter.rest.enforcementcase;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseDeliverRequest", description = "The decision was delivered (送达); after the due date only with "
        + "lateReason (ENF-10).")
public record CaseDeliverRequest(
        @Schema(description = "Today when left out; never after today", nullable = true, examples = "2025-07-10")
        LocalDate deliveredOn,
        @Schema(nullable = true, examples = "直接送达") @Size(max = 100) String method,
        @Schema(description = "Why it was delivered late", nullable = true, examples = "当事人外出务工，联系不上。")
        @Size(max = 500) String lateReason) {
}
