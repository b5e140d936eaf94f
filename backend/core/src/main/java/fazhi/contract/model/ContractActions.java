package fazhi.contract.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The read side of what may be done next to a contract, its milestones and its amendments, before asking who acts
 * (the service narrows them by role); a rule may still refuse one with the dates given.
 */
public final class ContractActions {

    /** The verbs of a milestone's actions: POST .../milestones/{number}/actions/{verb}. */
    public static final String COMPLETE_MILESTONE = "complete";
    public static final String WAIVE_MILESTONE = "waive";
    /** The verbs of an amendment's actions: POST .../amendments/{number}/actions/{verb}. */
    public static final String SUBMIT_AMENDMENT = "submit-for-review";
    public static final String APPROVE_AMENDMENT = "approve";
    public static final String SIGN_AMENDMENT = "sign";

    private ContractActions() {
    }

    public static Set<ContractAction> possible(Contract c) {
        Set<ContractAction> actions = EnumSet.noneOf(ContractAction.class);
        ContractStatus status = c.status();
        if (status != ContractStatus.APPROVED && status != ContractStatus.ARCHIVED) {
            actions.add(ContractAction.EDIT);
        }
        if (c.reviewSubmittedOn() == null && status.canBecome(ContractStatus.IN_REVIEW)) {
            actions.add(ContractAction.SUBMIT_FOR_REVIEW);
        }
        if (status.canBecome(ContractStatus.APPROVED)) {
            actions.add(ContractAction.APPROVE);
        }
        if (status == ContractStatus.APPROVED) {
            actions.add(ContractAction.SIGN);
        }
        if (status == ContractStatus.PERFORMING) {
            if (c.milestones().stream().noneMatch(Milestone::isPending)) {
                actions.add(ContractAction.COMPLETE);
            }
            actions.add(ContractAction.TERMINATE);
            if (c.milestones().stream().anyMatch(m -> m.isPending() && m.isPayment())) {
                actions.add(ContractAction.RECORD_PAYMENT);
            }
            if (c.openAmendment().isEmpty()) {
                actions.add(ContractAction.PROPOSE_AMENDMENT);
            }
        }
        if (status.canBecome(ContractStatus.ARCHIVED)) {
            actions.add(ContractAction.ARCHIVE);
        }
        if (!status.isFinished()) {
            actions.add(ContractAction.ADD_MILESTONE);
        }
        return actions;
    }

    /** A milestone's verbs: a pending one is completed (payments complete a payment milestone) or waived. */
    public static List<String> possible(Contract c, Milestone milestone) {
        List<String> verbs = new ArrayList<>();
        if (c.status() == ContractStatus.PERFORMING && milestone.isPending()) {
            if (!milestone.isPayment()) {
                verbs.add(COMPLETE_MILESTONE);
            }
            verbs.add(WAIVE_MILESTONE);
        }
        return verbs;
    }

    /** An amendment's verbs, by its status. */
    public static List<String> possible(Contract c, Amendment amendment) {
        List<String> verbs = new ArrayList<>();
        if (c.status() != ContractStatus.PERFORMING) {
            return verbs;
        }
        switch (amendment.status()) {
            case DRAFT -> {
                verbs.add(SUBMIT_AMENDMENT);
                verbs.add(APPROVE_AMENDMENT);
            }
            case IN_REVIEW -> verbs.add(APPROVE_AMENDMENT);
            case APPROVED -> {
                if (!amendment.reviewAsked()) {
                    verbs.add(SUBMIT_AMENDMENT);
                }
                verbs.add(SIGN_AMENDMENT);
            }
            case SIGNED -> {
            }
        }
        return verbs;
    }
}
