package fazhi.contract.port.in;

import fazhi.contract.model.Contract;
import fazhi.contract.model.ContractAction;
import fazhi.contract.model.Majority;
import fazhi.contract.model.Performance;
import fazhi.contract.model.ReviewAnswer;

import java.util.List;

/**
 * A contract as its page shows it to one actor, computed in the core so the edge only maps: the contract itself
 * (use {@code counterparty} for the counterparty, never {@code contract.details().counterparty()}, which is
 * unmasked), whether it is major and why (CON-01), its legality review, its performance as of today (paid,
 * unpaid, next milestone, CON-03 flags), its milestones, amendments and versions, the actions this actor may take
 * now, and the township's notice days (CON-03).
 */
public record ContractOverview(Contract contract, DisclosedCounterparty counterparty, Majority majority,
                               ReviewAnswer review, Performance performance, List<MilestoneState> milestones,
                               List<AmendmentState> amendments, List<VersionState> versions,
                               List<ContractAction> allowedActions, int expiryNoticeDays) {

    public ContractOverview {
        milestones = List.copyOf(milestones);
        amendments = List.copyOf(amendments);
        versions = List.copyOf(versions);
        allowedActions = List.copyOf(allowedActions);
    }
}
