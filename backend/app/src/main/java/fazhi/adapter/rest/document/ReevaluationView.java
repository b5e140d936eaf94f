package fazhi.adapter.rest.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ReevaluationView", description = "A re-evaluation (评估) of the document (LR-06).",
        requiredProperties = {"evaluatedOn", "evaluatedBy", "conclusion", "previousUntil", "validUntil"})
public record ReevaluationView(
        @Schema(examples = "2026-09-15") LocalDate evaluatedOn,
        @Schema(examples = "staff") String evaluatedBy,
        @Schema(examples = "经评估，继续施行") String conclusion,
        @Schema(description = "The validity's last day before", examples = "2027-02-28") LocalDate previousUntil,
        @Schema(description = "The validity's last day after", examples = "2028-09-14") LocalDate validUntil) {
}
