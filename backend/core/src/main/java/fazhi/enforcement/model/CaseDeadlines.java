package fazhi.enforcement.model;

import fazhi.shared.model.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
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

    /**
     * The deadlines still to be met, independent of the day: c.decision() (ENF-04) until decided, c.hearing() window
     * (ENF-06) until answered or decided, c.delivery() (ENF-10) until delivered, payment (ENF-11) until paid. None
     * for a revoked or closed case. The persistence adapter stores them for the deadline filters.
     */
    public static Map<DeadlineKind, LocalDate> pendingDueDates(EnforcementCase c) {
        Map<DeadlineKind, LocalDate> due = new EnumMap<>(DeadlineKind.class);
        if (c.status().isFinished()) {
            return due;
        }
        if (!c.status().isDecided()) {
            if (c.decisionDueOn() != null) {
                due.put(DeadlineKind.DECISION, c.decisionDueOn());
            }
            if (c.status() == CaseStatus.NOTIFIED && c.notice().hearingOffered() && !c.hearing().isWaived()) {
                due.put(DeadlineKind.HEARING_WINDOW, c.notice().hearingWindowEndsOn());
            }
        }
        if (c.status() == CaseStatus.DECIDED) {
            due.put(DeadlineKind.DELIVERY, c.decision().deliveryDueOn());
        }
        if (c.status() == CaseStatus.DELIVERED && c.lateSurcharge() != null) {
            due.put(DeadlineKind.PAYMENT, c.lateSurcharge().paymentDueOn());
        }
        return due;
    }

    /** The deadlines as of {@code today}, with the surcharge and amount due today of an unpaid fine. */
    public static CaseDeadlines of(EnforcementCase c, LocalDate today) {
        Map<DeadlineKind, LocalDate> due = pendingDueDates(c);
        List<CaseDeadline> pending = new ArrayList<>();
        due.forEach((kind, on) -> {
            // a c.hearing() window that closed is no longer a deadline: the c.decision() may come
            if (kind != DeadlineKind.HEARING_WINDOW || !today.isAfter(on)) {
                pending.add(CaseDeadline.of(kind, on, today));
            }
        });
        LateSurcharge late = c.lateSurcharge();
        boolean unpaid = late != null && c.execution() == null && c.status() == CaseStatus.DELIVERED;
        Money surchargeToday = unpaid ? late.asOf(today) : null;
        Money amountDueToday = unpaid ? late.amountDue(today) : null;
        LocalDate hearingEnds = c.notice() == null ? null : c.notice().hearingWindowEndsOn();
        boolean windowOpen = due.containsKey(DeadlineKind.HEARING_WINDOW) && !today.isAfter(hearingEnds);
        return new CaseDeadlines(today, c.decisionDueOn(), hearingEnds,
                c.decision() == null ? null : c.decision().deliveryDueOn(), late == null ? null : late.paymentDueOn(),
                surchargeToday, amountDueToday, overdue(due, DeadlineKind.DECISION, today),
                overdue(due, DeadlineKind.DELIVERY, today), overdue(due, DeadlineKind.PAYMENT, today), windowOpen,
                pending);
    }

    private static boolean overdue(Map<DeadlineKind, LocalDate> due, DeadlineKind kind, LocalDate today) {
        return due.containsKey(kind) && today.isAfter(due.get(kind));
    }
}
