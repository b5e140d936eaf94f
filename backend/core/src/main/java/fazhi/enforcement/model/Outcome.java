package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;

import java.util.Optional;

/**
 * What a case ends with (处理结果): no penalty for a first violation (首违不罚, with the education given), no
 * penalty for a minor one (轻微不罚, with the reason), a warning (警告), a fine (罚款) or another measure.
 */
public sealed interface Outcome {

    int MAX_TEXT_LENGTH = 500;
    int MAX_MEASURE_LENGTH = 200;

    OutcomeKind kind();

    default boolean isPenalty() {
        return kind().isPenalty();
    }

    /** The amount of a fine; empty for every other outcome. */
    default Optional<Money> fine() {
        return Optional.empty();
    }

    /** The amount of a fine, or null: for mapping. */
    default Money fineAmount() {
        return fine().orElse(null);
    }

    /** The measure of an {@link Other}, or null. */
    default String measure() {
        return null;
    }

    /** The education given of a {@link NoPenaltyFirstViolation}, or null. */
    default String educationGiven() {
        return null;
    }

    /** The reason of a {@link NoPenaltyMinor}, or null. */
    default String reason() {
        return null;
    }

    /** The outcome from its parts as they come in, each checked under {@code field} (e.g. {@code outcome}). */
    static Outcome of(String field, OutcomeKind kind, Money fineAmount, String measure, String educationGiven,
                      String reason) {
        if (kind == null) {
            throw new InvalidInput(field + ".kind", "field.required");
        }
        return switch (kind) {
            case NO_PENALTY_FIRST_VIOLATION -> new NoPenaltyFirstViolation(
                    CaseTexts.required(field + ".educationGiven", educationGiven, MAX_TEXT_LENGTH));
            case NO_PENALTY_MINOR -> new NoPenaltyMinor(
                    CaseTexts.required(field + ".reason", reason, MAX_TEXT_LENGTH));
            case WARNING -> new Warning();
            case FINE -> {
                if (fineAmount == null) {
                    throw new InvalidInput(field + ".fineAmount", "field.required");
                }
                if (fineAmount.compareTo(Money.ZERO) <= 0) {
                    throw new InvalidInput(field + ".fineAmount", "enforcementCase.fine.positive");
                }
                yield new Fine(fineAmount);
            }
            case OTHER -> new Other(CaseTexts.required(field + ".measure", measure, MAX_MEASURE_LENGTH));
        };
    }

    /** 首违不罚 (ENF-08): the education given (批评教育) is required. */
    record NoPenaltyFirstViolation(String educationGiven) implements Outcome {
        public OutcomeKind kind() {
            return OutcomeKind.NO_PENALTY_FIRST_VIOLATION;
        }
    }

    /** 轻微不罚: the violation was minor and corrected in time. */
    record NoPenaltyMinor(String reason) implements Outcome {
        public OutcomeKind kind() {
            return OutcomeKind.NO_PENALTY_MINOR;
        }
    }

    /** 警告 */
    record Warning() implements Outcome {
        public OutcomeKind kind() {
            return OutcomeKind.WARNING;
        }
    }

    /** 罚款, in CNY. */
    record Fine(Money amount) implements Outcome {
        public Fine {
            if (amount == null || amount.compareTo(Money.ZERO) <= 0) {
                throw new InvalidInput("fineAmount", "enforcementCase.fine.positive");
            }
        }

        public OutcomeKind kind() {
            return OutcomeKind.FINE;
        }

        @Override
        public Optional<Money> fine() {
            return Optional.of(amount);
        }
    }

    /** Another penalty (e.g. 责令停产停业, 暂扣许可证件), named in words. */
    record Other(String measure) implements Outcome {
        public OutcomeKind kind() {
            return OutcomeKind.OTHER;
        }
    }
}
