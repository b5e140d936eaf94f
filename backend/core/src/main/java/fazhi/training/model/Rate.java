package fazhi.training.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate of TRN-02 as an exact fraction and its percentage with one decimal, rounded half up (2/3 is 66.7 %). There
 * is no rate of nobody: {@link #of} answers null when the denominator is 0.
 */
public record Rate(long numerator, long denominator, BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Rate {
        if (denominator <= 0 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a rate is a part of a whole of at least one");
        }
    }

    public static Rate of(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return new Rate(numerator, denominator, BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP));
    }
}
