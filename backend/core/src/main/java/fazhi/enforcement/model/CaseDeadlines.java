package fazhi.enforcement.model;

import fazhi.shared.model.Money;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The deadlines of a case as of {@code today}: the due dates (null where they do not apply), whether each
 * pending one has passed, and for a delivered, unpaid fine the surcharge and the amount due today (ENF-11).
 * {@code pending} lists those still to be met, earliest first.
 */
public record CaseDeadlines(LocalDate today, LocalDate decisionDueOn, LocalDate hearingWindowEndsOn,
                            LocalDate deliveryDueOn, LocalDate paymentDueOn, Money surchargeToday,
                            Money amountDueToday, boolean decisionOverdue, boolean deliveryOverdue,
                            boolean paymentOverdue, boolean hearingWindowOpen, List<CaseDeadline> pending) {

    public CaseDeadlines {
        pending = pending.stream().sorted(Comparator.comparing(CaseDeadline::dueOn)).toList();
    }

    /** The earliest pending deadline, for the list's mark. */
    public Optional<CaseDeadline> next() {
        return pending.stream().findFirst();
    }
}
