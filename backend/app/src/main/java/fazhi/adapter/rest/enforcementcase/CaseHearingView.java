package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseHearingView", description = "The hearing offered: waived, or requested and held; each date null "
        + "until it happens.")
public record CaseHearingView(@Schema(nullable = true, examples = "2025-06-21") LocalDate waivedOn,
                              @Schema(nullable = true, examples = "2025-06-23") LocalDate requestedOn,
                              @Schema(nullable = true, examples = "2025-07-02") LocalDate heldOn,
                              @Schema(nullable = true, examples = "当事人到场陈述申辩。") String summary) {
}
