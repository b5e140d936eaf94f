package fazhi.contract.port.in;

import fazhi.contract.model.Milestone;
import fazhi.contract.model.MilestoneStatus;
import fazhi.shared.model.Money;

import java.util.List;

/** A milestone as of today (OVERDUE computed, CON-03), what was paid against it, and the verbs the actor may use. */
public record MilestoneState(Milestone milestone, MilestoneStatus status, Money paid, List<String> allowedActions) {

    public MilestoneState {
        allowedActions = List.copyOf(allowedActions);
    }
}
