package fazhi.contract.model;

import java.time.LocalDate;
import java.util.Objects;

/** The leader's approval (审批) of a contract or an amendment: when, by whom, with what opinion (optional). */
public record Approval(LocalDate approvedOn, String approvedBy, String opinion) {

    public static final int MAX_OPINION_LENGTH = 500;

    public Approval {
        ContractTexts.date("approvedOn", approvedOn);
        Objects.requireNonNull(approvedBy);
        opinion = ContractTexts.optional("opinion", opinion, MAX_OPINION_LENGTH);
    }
}
