package fazhi.adapter.rest.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContractPerformanceView", description = "The performance as of today: paid and unpaid of the amount "
        + "as amended, the next milestone, and the CON-03 flags (raised only while PERFORMING).",
        requiredProperties = {"paid", "unpaid", "overdueMilestones", "endingSoon", "expired", "flagged",
                "expiryNoticeDays"})
public record ContractPerformanceView(
        @Schema(description = "CNY paid so far", examples = "258000.00") String paid,
        @Schema(description = "CNY of the amount (as amended) not paid yet", examples = "602000.00") String unpaid,
        @Schema(nullable = true) ContractNextMilestoneView nextMilestone,
        @Schema(description = "Pending milestones past their due day (CON-03)", examples = "1") int overdueMilestones,
        @Schema(description = "CON-03: ends within the township's notice days") boolean endingSoon,
        @Schema(description = "CON-03: past its end and not completed") boolean expired,
        @Schema(description = "Any of the CON-03 marks") boolean flagged,
        @Schema(description = "The township's notice days (settings contractExpiryNoticeDays)", examples = "30")
        int expiryNoticeDays) {
}
