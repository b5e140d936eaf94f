package fazhi.contract.model;

import fazhi.shared.model.Money;

import java.util.List;
import java.util.Objects;

/**
 * Whether a contract is major (重大合同, CON-01), why ({@code reasons}, empty when it is not), and the threshold
 * it was measured against.
 */
public record Majority(List<MajorReason> reasons, Money threshold) {

    public Majority {
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(threshold);
    }

    public boolean major() {
        return !reasons.isEmpty();
    }
}
