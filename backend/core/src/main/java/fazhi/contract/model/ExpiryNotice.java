package fazhi.contract.model;

import java.time.LocalDate;

/**
 * CON-03 (到期提醒): a contract in performance that ends within the township's notice days (settings
 * {@code contractExpiryNoticeDays}, 30 by default: ending on day 30 from today is flagged, on day 31 not yet) or
 * has ended without being completed, and a milestone past its due date, are flagged in the ledger and on the
 * deadlines radar.
 */
public final class ExpiryNotice {

    private ExpiryNotice() {
    }

    /** Ends from today to today + {@code noticeDays}, both included. */
    public static boolean isEndingSoon(LocalDate endOn, LocalDate today, int noticeDays) {
        return !endOn.isBefore(today) && !endOn.isAfter(today.plusDays(noticeDays));
    }

    /** Its last day has passed. */
    public static boolean isExpired(LocalDate endOn, LocalDate today) {
        return today.isAfter(endOn);
    }

    /** A milestone still pending after its due day. */
    public static boolean isOverdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }
}
