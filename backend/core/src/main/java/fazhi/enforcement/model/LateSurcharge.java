package fazhi.enforcement.model;

import fazhi.shared.model.Money;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * ENF-11: a fine is due {@value #PAYMENT_DAYS} days after delivery; each day late adds 3 % of the fine (加处罚款),
 * rounded half up to the 分 and never more than the fine itself.
 */
public record LateSurcharge(Money fine, LocalDate paymentDueOn) {

    public static final int PAYMENT_DAYS = 15;
    public static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

    public LateSurcharge {
        Objects.requireNonNull(fine);
        Objects.requireNonNull(paymentDueOn);
    }

    /** The surcharge of a fine delivered on {@code deliveredOn}. */
    public static LateSurcharge ofFineDeliveredOn(Money fine, LocalDate deliveredOn) {
        return new LateSurcharge(fine, deliveredOn.plusDays(PAYMENT_DAYS));
    }

    /** Whole days past the due date on {@code date}; 0 up to and on the due date. */
    public long daysLate(LocalDate date) {
        return Math.max(0, ChronoUnit.DAYS.between(paymentDueOn, date));
    }

    /** The surcharge owed on {@code date}: fine × 3 % × days late, to the 分, capped at the fine. */
    public Money asOf(LocalDate date) {
        long days = daysLate(date);
        if (days == 0) {
            return Money.ZERO;
        }
        return fine.times(DAILY_RATE.multiply(BigDecimal.valueOf(days))).min(fine);
    }

    /** The fine and the surcharge owed on {@code date}. */
    public Money amountDue(LocalDate date) {
        return fine.plus(asOf(date));
    }

    /** Refuses a payment on {@code paidOn} short of what is due that day. */
    public void requirePaid(Money amountPaid, LocalDate paidOn) {
        Money due = amountDue(paidOn);
        if (amountPaid.compareTo(due) < 0) {
            throw new RuleViolation(Rule.ENF_11, "enf11.amountDue", due.toString(), fine.toString(),
                    asOf(paidOn).toString(), daysLate(paidOn));
        }
    }
}
