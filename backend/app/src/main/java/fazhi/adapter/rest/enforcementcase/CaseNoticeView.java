package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseNoticeView", description = "The notice before the penalty (ENF-05, ENF-06).",
        requiredProperties = {"notifiedOn", "intendedOutcome", "hearingOffered", "statementAndDefenceNotified"})
public record CaseNoticeView(
        @Schema(examples = "2025-06-20") LocalDate notifiedOn,
        CaseOutcomeView intendedOutcome,
        boolean hearingOffered,
        boolean statementAndDefenceNotified,
        @Schema(nullable = true, examples = "直接送达") String method,
        @Schema(description = "Last day to ask for the hearing (notifiedOn + 5), when one was offered",
                nullable = true, examples = "2025-06-25") LocalDate hearingWindowEndsOn) {
}
