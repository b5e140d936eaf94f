package fazhi.adapter.rest.enforcementcase;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseNotifyRequest", description = "The notice before a penalty (事先告知, ENF-05): the intended "
        + "penalty, the rights to statement and defence (must be true) and a hearing where ENF-06 asks for one.",
        requiredProperties = {"intendedOutcome", "hearingOffered", "statementAndDefenceNotified"})
public record CaseNotifyRequest(
        @Schema(description = "Today when left out; never after today", nullable = true, examples = "2025-06-20")
        LocalDate notifiedOn,
        @NotNull @Valid CaseOutcomeRequest intendedOutcome,
        @Schema(description = "A hearing offered (ENF-06: required for a fine at or above the threshold)",
                examples = "false") @NotNull Boolean hearingOffered,
        @Schema(description = "The rights to statement and defence were notified (must be true)", examples = "true")
        @NotNull Boolean statementAndDefenceNotified,
        @Schema(description = "How the notice was given", nullable = true, examples = "直接送达")
        @Size(max = 100) String method) {
}
