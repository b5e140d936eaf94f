package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseRevocationView", requiredProperties = {"revokedOn", "reason"})
public record CaseRevocationView(@Schema(examples = "2025-08-01") LocalDate revokedOn,
                                 @Schema(examples = "行政复议决定撤销原处罚决定。") String reason,
                                 @Schema(nullable = true, examples = "t-leader") String revokedBy) {
}
