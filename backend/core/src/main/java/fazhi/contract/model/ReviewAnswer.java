package fazhi.contract.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the review area answers about a contract's (or an amendment's) legality review: the review's id, its
 * latest round, that round's outcome as the review area names it ({@code NONE} when never submitted), whether it
 * passed or was rejected, and its dates (null where they do not apply).
 */
public record ReviewAnswer(String reviewId, int round, String outcome, boolean passed, boolean rejected,
                           LocalDate submittedOn, LocalDate decidedOn) {

    public static final String NONE = "NONE";

    public ReviewAnswer {
        Objects.requireNonNull(outcome);
    }

    public static ReviewAnswer none() {
        return new ReviewAnswer(null, 0, NONE, false, false, null, null);
    }
}
