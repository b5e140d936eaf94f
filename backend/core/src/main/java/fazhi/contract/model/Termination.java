package fazhi.contract.model;

import java.time.LocalDate;
import java.util.Objects;

/** The contract ended before it was performed (终止/解除): when, why, decided by whom. */
public record Termination(LocalDate terminatedOn, String reason, String terminatedBy) {

    public static final int MAX_REASON_LENGTH = 500;

    public Termination {
        ContractTexts.date("terminatedOn", terminatedOn);
        reason = ContractTexts.required("reason", reason, MAX_REASON_LENGTH);
        Objects.requireNonNull(terminatedBy);
    }
}
