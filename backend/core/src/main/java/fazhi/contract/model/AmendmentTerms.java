package fazhi.contract.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * The parties, amount and dates of a contract (CON-02): what a signed contract changes only through an amendment
 * (补充协议), which carries them whole as they are to be.
 */
public record AmendmentTerms(Counterparty counterparty, Money amount, ContractTerm term) {

    public AmendmentTerms {
        List<InvalidInput.FieldViolation> violations = new ArrayList<>();
        if (counterparty == null) {
            violations.add(new InvalidInput.FieldViolation("counterparty", "field.required", List.of()));
        }
        if (amount == null) {
            violations.add(new InvalidInput.FieldViolation("amount", "field.required", List.of()));
        } else if (amount.compareTo(Money.ZERO) < 0 || amount.isGreaterThan(ContractDetails.MAX_AMOUNT)) {
            violations.add(new InvalidInput.FieldViolation("amount", "contract.amount.range",
                    List.of(ContractDetails.MAX_AMOUNT.grouped())));
        }
        if (term == null) {
            violations.add(new InvalidInput.FieldViolation("term", "field.required", List.of()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    /** The names of the terms that differ from {@code other}: counterparty, amount, term. */
    public List<String> differencesFrom(AmendmentTerms other) {
        List<String> changed = new ArrayList<>();
        if (!counterparty.equals(other.counterparty)) {
            changed.add("counterparty");
        }
        if (amount.compareTo(other.amount) != 0) {
            changed.add("amount");
        }
        if (!term.equals(other.term)) {
            changed.add("term");
        }
        return changed;
    }
}
