package fazhi.adapter.rest.enforcementcase;

import fazhi.enforcement.model.OutcomeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "EarlierViolationView", description = "A case of the same party in the township with an earlier "
        + "violation that ended with a penalty or 首违不罚 (ENF-08).",
        requiredProperties = {"caseId", "caseNumber", "violationDate", "outcome"})
public record EarlierViolationView(@Schema(examples = "9c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f") String caseId,
                                   @Schema(examples = "锦和执立〔2024〕第12号") String caseNumber,
                                   @Schema(examples = "2024-09-10") LocalDate violationDate,
                                   OutcomeKind outcome,
                                   @Schema(nullable = true, examples = "2024-09-10") LocalDate decidedOn) {
}
