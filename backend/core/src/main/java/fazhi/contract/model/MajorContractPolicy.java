package fazhi.contract.model;

import fazhi.shared.model.Money;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * CON-01 (重大合同): a contract is major when its amount reaches the township's threshold (settings
 * {@code contractMajorThreshold}, 500 000.00 by default: 499 999.99 is not major, 500 000.00 is) or its type is
 * land, concession, PPP, loan or guarantee, whatever the amount. A major contract goes to legality review before
 * it is approved and signed (LR-03).
 */
public final class MajorContractPolicy {

    /** The types that are major whatever the amount. */
    public static final Set<ContractType> MAJOR_TYPES = EnumSet.of(ContractType.LAND, ContractType.CONCESSION,
            ContractType.PPP, ContractType.LOAN, ContractType.GUARANTEE);

    private MajorContractPolicy() {
    }

    public static Majority assess(ContractType type, Money amount, Money threshold) {
        List<MajorReason> reasons = new ArrayList<>();
        if (amount.compareTo(threshold) >= 0) {
            reasons.add(MajorReason.AMOUNT);
        }
        if (MAJOR_TYPES.contains(type)) {
            reasons.add(MajorReason.TYPE);
        }
        return new Majority(reasons, threshold);
    }

    public static Majority assess(ContractDetails details, ContractSettings settings) {
        return assess(details.type(), details.amount(), settings.majorThreshold());
    }
}
