package fazhi.review.model;

import java.time.LocalDate;

/** One step of a major decision's procedure: done or not, and the date it was done on (null when not done). */
public record StepProgress(ProcedureStep step, boolean done, LocalDate doneOn) {
}
