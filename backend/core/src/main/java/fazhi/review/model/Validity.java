package fazhi.review.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The validity period (有效期) of a normative document, LR-06: {@code from} the day it takes effect (or the day it
 * was re-evaluated) to {@code until}, the last day it is valid, both included. At most five years, two years for
 * a provisional (暂行/试行) document: counting from 2025-03-01, five years last until 2030-02-28. The document is
 * to be evaluated six months before the end; past the end it expires unless re-evaluated before.
 */
public record Validity(LocalDate from, LocalDate until) {

    public static final int MAX_YEARS = 5;
    public static final int MAX_YEARS_PROVISIONAL = 2;
    public static final int EVALUATION_MONTHS_BEFORE_END = 6;

    public Validity {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    /** LR-06: the last day a document valid from {@code from} may still be valid. */
    public static LocalDate latestUntil(LocalDate from, boolean provisional) {
        return from.plusYears(provisional ? MAX_YEARS_PROVISIONAL : MAX_YEARS).minusDays(1);
    }

    /**
     * LR-06: the validity from {@code from} to {@code until}; without {@code until}, the longest allowed. Longer
     * than allowed is refused with LR-06; an end before the start is invalid input on {@code validUntil}.
     */
    public static Validity of(LocalDate from, LocalDate until, boolean provisional) {
        LocalDate latest = latestUntil(from, provisional);
        if (until == null) {
            return new Validity(from, latest);
        }
        if (until.isBefore(from)) {
            throw new InvalidInput("validUntil", "document.validUntil.beforeStart", from.toString());
        }
        if (until.isAfter(latest)) {
            throw new RuleViolation(Rule.LR_06, provisional ? "document.lr06.provisionalTooLong"
                    : "document.lr06.tooLong", latest.toString());
        }
        return new Validity(from, until);
    }

    /** Six months before the end: when the document is to be evaluated (评估). */
    public LocalDate evaluationDueOn() {
        return until.minusMonths(EVALUATION_MONTHS_BEFORE_END);
    }

    /** Past its last day. */
    public boolean lapsedOn(LocalDate today) {
        return today.isAfter(until);
    }

    /** A lapsed document is not re-evaluated back to life, today or on the evaluation's date. */
    public void requireNotLapsed(LocalDate today, LocalDate evaluatedOn) {
        if (lapsedOn(today) || lapsedOn(evaluatedOn)) {
            throw new RuleViolation(Rule.LR_06, "document.lr06.lapsed", until.toString());
        }
    }

    /** From the evaluation date to the last day. */
    public boolean evaluationDueOn(LocalDate today) {
        return !today.isBefore(evaluationDueOn()) && !lapsedOn(today);
    }
}
