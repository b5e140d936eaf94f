package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "CaseDeadlinesView", description = "The computed deadlines as of today (null where they do not apply): "
        + "decision (filing + 90 days or the extension, ENF-04), hearing window (ENF-06), delivery (ENF-10), payment "
        + "(delivery + 15 days, ENF-11) with the late surcharge (3 % a day, capped at the fine) and the amount due.",
        requiredProperties = {"asOf", "decisionOverdue", "deliveryOverdue", "paymentOverdue", "hearingWindowOpen",
                "pending"})
public record CaseDeadlinesView(
        @Schema(description = "The day they were computed for", examples = "2025-07-28") LocalDate asOf,
        @Schema(nullable = true, examples = "2025-09-02") LocalDate decisionDueOn,
        @Schema(nullable = true, examples = "2025-06-25") LocalDate hearingWindowEndsOn,
        @Schema(nullable = true, examples = "2025-07-17") LocalDate deliveryDueOn,
        @Schema(nullable = true, examples = "2025-07-25") LocalDate paymentDueOn,
        @Schema(nullable = true, examples = "18.00") String surchargeToday,
        @Schema(nullable = true, examples = "218.00") String amountDueToday,
        boolean decisionOverdue,
        boolean deliveryOverdue,
        boolean paymentOverdue,
        boolean hearingWindowOpen,
        @Schema(description = "The deadlines still to be met, earliest first") List<CaseDeadlineView> pending) {
}
