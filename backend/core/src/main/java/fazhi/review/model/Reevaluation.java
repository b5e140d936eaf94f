package fazhi.review.model;

import java.time.LocalDate;

/**
 * A re-evaluation (评估) of a document in force before its validity ended (LR-06): when, by whom, its conclusion,
 * and the validity it ended and the one it set.
 */
public record Reevaluation(LocalDate evaluatedOn, String evaluatedBy, String conclusion, LocalDate previousUntil,
                           LocalDate validUntil) {

    public static final int MAX_CONCLUSION_LENGTH = 1000;
}
