package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseExtensionView", description = "A leader's approval to decide after the 90 days (ENF-04).",
        requiredProperties = {"reason", "until", "approvedBy", "approvedOn"})
public record CaseExtensionView(@Schema(examples = "案情复杂，需进行技术鉴定。") String reason,
                                @Schema(examples = "2025-10-31") LocalDate until,
                                @Schema(examples = "t-leader") String approvedBy,
                                @Schema(examples = "2025-08-28") LocalDate approvedOn) {
}
