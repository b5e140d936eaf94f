package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of a certificate exam (行政执法资格考试): passed with a score and the certificate issued for it,
 * failed with a score, or absent (缺考, no score).
 */
public sealed interface ExamResult permits ExamResult.Passed, ExamResult.Failed, ExamResult.Absent {

    int MIN_SCORE = 0;
    int MAX_SCORE = 100;

    ExamStatus status();

    /** The score out of 100, or null when absent. */
    Integer score();

    /** The certificate issued for a pass, null otherwise. */
    Certificate certificate();

    /**
     * The result as the API states it: a pass needs a score and the certificate, a fail a score and no
     * certificate, an absence neither. {@code REGISTERED} is not a result.
     */
    static ExamResult of(ExamStatus outcome, Integer score, Certificate certificate) {
        List<InvalidInput.FieldViolation> violations = new ArrayList<>();
        if (outcome == null) {
            violations.add(violation("result", "field.required"));
        } else if (outcome == ExamStatus.REGISTERED) {
            violations.add(violation("result", "exam.result.notAResult"));
        } else {
            boolean scored = outcome != ExamStatus.ABSENT;
            if (scored && score == null) {
                violations.add(violation("score", "field.required"));
            } else if (!scored && score != null) {
                violations.add(violation("score", "exam.score.absent"));
            } else if (scored && (score < MIN_SCORE || score > MAX_SCORE)) {
                violations.add(violation("score", "field.range", MIN_SCORE, MAX_SCORE));
            }
            if (outcome == ExamStatus.PASSED && certificate == null) {
                violations.add(violation("certificate", "exam.certificate.requiredOnPass"));
            } else if (outcome != ExamStatus.PASSED && certificate != null) {
                violations.add(violation("certificate", "exam.certificate.onlyOnPass"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return switch (outcome) {
            case PASSED -> new Passed(score, certificate);
            case FAILED -> new Failed(score);
            case ABSENT -> new Absent();
            case REGISTERED -> throw new IllegalStateException("refused above");
        };
    }

    private static InvalidInput.FieldViolation violation(String field, String key, Object... arguments) {
        return new InvalidInput.FieldViolation(field, key, List.of(arguments));
    }

    /** Passed: the certificate it issues goes to the officer register. */
    record Passed(Integer score, Certificate certificate) implements ExamResult {
        public Passed {
            Objects.requireNonNull(score);
            Objects.requireNonNull(certificate);
        }

        @Override
        public ExamStatus status() {
            return ExamStatus.PASSED;
        }
    }

    record Failed(Integer score) implements ExamResult {
        public Failed {
            Objects.requireNonNull(score);
        }

        @Override
        public ExamStatus status() {
            return ExamStatus.FAILED;
        }

        @Override
        public Certificate certificate() {
            return null;
        }
    }

    record Absent() implements ExamResult {
        @Override
        public ExamStatus status() {
            return ExamStatus.ABSENT;
        }

        @Override
        public Integer score() {
            return null;
        }

        @Override
        public Certificate certificate() {
            return null;
        }
    }
}
