package fazhi.enforcement.model;

import java.time.LocalDate;

/** One step of a case with its state and, when done, its date. */
public record Step(CaseStep step, StepState state, LocalDate date) {
}
