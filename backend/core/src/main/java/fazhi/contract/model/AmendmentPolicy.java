package fazhi.contract.model;

import fazhi.shared.model.Money;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;

import java.util.List;

/**
 * CON-02 (补充协议): once signed, a contract's parties, amount and dates change only through an amendment, which is
 * reviewed like a contract and, once signed, changes the contract; what is paid never exceeds the amount as
 * amended.
 */
public final class AmendmentPolicy {

    private AmendmentPolicy() {
    }

    /** A direct edit of a signed contract keeps its parties, amount and dates. */
    public static void requireUnchanged(AmendmentTerms signed, AmendmentTerms edited) {
        List<String> changed = edited.differencesFrom(signed);
        if (!changed.isEmpty()) {
            throw new RuleViolation(Rule.CON_02, "contract.con02.amendOnly", String.join(", ", changed));
        }
    }

    /** A payment of {@code payment} after {@code paid} stays within {@code amount} (as amended). */
    public static void requireWithinAmount(Money amount, Money paid, Money payment) {
        if (paid.plus(payment).isGreaterThan(amount)) {
            throw new RuleViolation(Rule.CON_02, "contract.con02.paymentOverAmount", payment.grouped(),
                    amount.grouped(), amount.minus(paid).grouped());
        }
    }

    /** An amendment does not set the amount below what was paid already. */
    public static void requireCoversPaid(Money amendedAmount, Money paid) {
        if (paid.isGreaterThan(amendedAmount)) {
            throw new RuleViolation(Rule.CON_02, "contract.con02.amountBelowPaid", amendedAmount.grouped(),
                    paid.grouped());
        }
    }
}
