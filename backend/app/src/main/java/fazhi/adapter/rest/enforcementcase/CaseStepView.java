package fazhi.adapter.rest.enforcementcase;

import fazhi.enforcement.model.CaseStep;
import fazhi.enforcement.model.StepState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseStepView", description = "One step of the case, in the order FILE, INVESTIGATE, NOTIFY, HEARING, "
        + "LEGAL_REVIEW, DECIDE, DELIVER, EXECUTE, CLOSE.", requiredProperties = {"step", "state"})
public record CaseStepView(CaseStep step,
                           StepState state,
                           @Schema(description = "When done", nullable = true, examples = "2025-06-04")
                           LocalDate date) {
}
