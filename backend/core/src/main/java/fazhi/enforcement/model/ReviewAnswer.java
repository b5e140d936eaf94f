package fazhi.enforcement.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the review area answers about a case's legal review (ENF-07): whether its latest round passed, that
 * round's outcome as the review area names it, and the day it was decided (null while open or never asked).
 */
public record ReviewAnswer(boolean passed, String outcome, LocalDate decidedOn) {

    public ReviewAnswer {
        Objects.requireNonNull(outcome);
    }
}
