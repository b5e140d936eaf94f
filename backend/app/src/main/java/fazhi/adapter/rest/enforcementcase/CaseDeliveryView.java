package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseDeliveryView", description = "The delivery of the decision (ENF-10).",
        requiredProperties = {"deliveredOn"})
public record CaseDeliveryView(@Schema(examples = "2025-07-10") LocalDate deliveredOn,
                               @Schema(nullable = true, examples = "直接送达") String method,
                               @Schema(nullable = true, examples = "当事人外出务工，联系不上。") String lateReason) {
}
