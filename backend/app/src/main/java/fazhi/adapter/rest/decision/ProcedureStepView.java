package fazhi.adapter.rest.decision;

import fazhi.review.model.ProcedureStep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ProcedureStepView", description = "One step of the procedure (LR-02), in order, done or not.",
        requiredProperties = {"step", "done"})
public record ProcedureStepView(ProcedureStep step,
                                boolean done,
                                @Schema(description = "The step's date: end of the comment period, expert argument, "
                                        + "risk assessment, review opinion, meeting", nullable = true,
                                        examples = "2025-04-02") LocalDate doneOn) {
}
