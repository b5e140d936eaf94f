package fazhi.adapter.rest.enforcementcase;

import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.Procedure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "EnforcementCaseSummaryView", description = "A case as the list shows it, with its next deadline.",
        requiredProperties = {"id", "caseNumber", "field", "procedure", "status", "party", "violationDate", "filedOn",
                "version"})
public record EnforcementCaseSummaryView(
        @Schema(examples = "3f2b8c1d-6e4a-4b7c-9d1e-2a3b4c5d6e7f") String id,
        @Schema(examples = "锦和执立〔2025〕第3号") String caseNumber,
        EnforcementField field,
        Procedure procedure,
        CaseStatus status,
        CasePartySummaryView party,
        @Schema(examples = "2025-06-03") LocalDate violationDate,
        @Schema(examples = "2025-06-04") LocalDate filedOn,
        @Schema(description = "The decided outcome", nullable = true) CaseOutcomeSummaryView outcome,
        @Schema(nullable = true, examples = "锦和罚决字〔2025〕第7号") String decisionNumber,
        @Schema(description = "The earliest deadline still to be met", nullable = true) CaseDeadlineView nextDeadline,
        @Schema(examples = "3") long version) {
}
