package fazhi.contract.model;

import fazhi.shared.model.Money;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A contract's performance as of {@code today}: what was paid and what is not yet (of the amount as amended), the
 * next pending milestone, how many are overdue, and the CON-03 flags: ending within the township's notice days, or
 * past its end without being completed. The flags are raised only while the contract is performed.
 */
public record Performance(LocalDate today, Money paid, Money unpaid, Milestone nextMilestone,
                          int overdueMilestones, boolean endingSoon, boolean expired) {

    public static Performance of(Contract c, LocalDate today, int noticeDays) {
        Money paid = c.paid();
        boolean performing = c.status() == ContractStatus.PERFORMING;
        Milestone next = c.milestones().stream().filter(Milestone::isPending)
                .min(Comparator.comparing(Milestone::dueOn).thenComparing(Milestone::number)).orElse(null);
        int overdue = performing ? (int) c.milestones().stream()
                .filter(m -> m.statusOn(today) == MilestoneStatus.OVERDUE).count() : 0;
        LocalDate endOn = c.details().term().endOn();
        return new Performance(today, paid, c.details().amount().minus(paid), next, overdue,
                performing && ExpiryNotice.isEndingSoon(endOn, today, noticeDays),
                performing && ExpiryNotice.isExpired(endOn, today));
    }

    /** Flagged in the ledger (CON-03). */
    public boolean flagged() {
        return endingSoon || expired || overdueMilestones > 0;
    }
}
