package fazhi.training.model;

import fazhi.shared.model.InvalidInput;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One attempt of a person of the roster as the platform exports it: studied (参学) or not, sat the exam (参考) or not,
 * and the score of an attempt sat. A person may appear more than once; TRN-02 counts their best attempt.
 */
public record ExamResult(String personId, boolean studied, boolean sat, BigDecimal score) {

    public ExamResult {
        Objects.requireNonNull(personId);
        score = ExamDetails.score("score", score);
        if (!sat && score != null) {
            throw new InvalidInput("score", "training.score.notSat");
        }
        if (sat && score == null) {
            throw new InvalidInput("score", "training.score.required");
        }
    }
}
