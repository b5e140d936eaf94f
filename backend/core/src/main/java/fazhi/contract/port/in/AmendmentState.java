package fazhi.contract.port.in;

import fazhi.contract.model.Amendment;
import fazhi.contract.model.Majority;
import fazhi.contract.model.ReviewAnswer;

import java.util.List;

/**
 * An amendment as its contract's page shows it: whether the amended contract would be major (CON-01), where its
 * legality review stands, its counterparty as the actor may see it, and the verbs the actor may use.
 */
public record AmendmentState(Amendment amendment, DisclosedCounterparty counterparty, Majority majority,
                             ReviewAnswer review, List<String> allowedActions) {

    public AmendmentState {
        allowedActions = List.copyOf(allowedActions);
    }
}
