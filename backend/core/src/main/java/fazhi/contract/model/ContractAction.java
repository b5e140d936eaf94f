package fazhi.contract.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What may be done to a contract, each with the verb the API knows it by: {@code POST .../actions/{verb}}, except
 * {@code edit} (PUT), {@code add-milestone} (POST .../milestones), {@code record-payment} (POST .../payments) and
 * {@code propose-amendment} (POST .../amendments).
 */
public enum ContractAction {
    EDIT("edit"),
    SUBMIT_FOR_REVIEW("submit-for-review"),
    APPROVE("approve"),
    SIGN("sign"),
    COMPLETE("complete"),
    TERMINATE("terminate"),
    ARCHIVE("archive"),
    ADD_MILESTONE("add-milestone"),
    RECORD_PAYMENT("record-payment"),
    PROPOSE_AMENDMENT("propose-amendment");

    private final String verb;

    ContractAction(String verb) {
        this.verb = verb;
    }

    public String verb() {
        return verb;
    }

    public static Optional<ContractAction> fromVerb(String verb) {
        return Arrays.stream(values()).filter(a -> a.verb.equals(verb)).findFirst();
    }
}
