package fazhi.enforcement.model;

import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

import java.time.LocalDate;

/**
 * The decision of a case (处理决定): its outcome, the day, whether the party was present (ENF-10) and, for a
 * penalty, the number of the decision document (行政处罚决定书, null for no penalty).
 */
public record PenaltyDecision(DecisionNumber number, Outcome outcome, LocalDate decidedOn, boolean partyPresent) {

    /** ENF-10: delivered on the spot when present, within 7 days when absent. */
    public static final int DELIVERY_DAYS = 7;

    public boolean isPenalty() {
        return outcome.isPenalty();
    }

    public LocalDate deliveryDueOn() {
        return partyPresent ? decidedOn : decidedOn.plusDays(DELIVERY_DAYS);
    }

    /** ENF-10: a delivery after the due day needs its reason. */
    public void requireDeliveredInTime(Delivery delivery) {
        LocalDate due = deliveryDueOn();
        if (delivery.deliveredOn().isAfter(due) && delivery.lateReason() == null) {
            throw partyPresent
                    ? new RuleViolation(Rule.ENF_10, "enf10.deliveryLate.present", due)
                    : new RuleViolation(Rule.ENF_10, "enf10.deliveryLate.absent", due, DELIVERY_DAYS);
        }
    }
}
