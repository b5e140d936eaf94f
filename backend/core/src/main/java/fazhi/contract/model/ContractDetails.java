package fazhi.contract.model;

import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * What a contract says and who handles it: title, type, counterparty, amount in CNY, term, the responsible
 * department and person (承办部门、承办人), how the counterparty was chosen (采购方式) and whether it was tendered
 * (招投标). Validates itself, naming every field that is wrong.
 */
public record ContractDetails(String title, ContractType type, Counterparty counterparty, Money amount,
                              ContractTerm term, String department, String responsiblePerson,
                              ProcurementMethod procurementMethod, boolean tendered, String summary) {

    public static final int MAX_TITLE_LENGTH = 150;
    public static final int MAX_DEPARTMENT_LENGTH = 100;
    public static final int MAX_PERSON_LENGTH = 50;
    public static final int MAX_SUMMARY_LENGTH = 2000;
    /** The largest amount a contract of a township is registered with (the column's range). */
    public static final Money MAX_AMOUNT = Money.of("100000000000.00");

    public ContractDetails {
        List<InvalidInput.FieldViolation> violations = new ArrayList<>();
        title = text(violations, "title", title, MAX_TITLE_LENGTH, true);
        department = text(violations, "department", department, MAX_DEPARTMENT_LENGTH, true);
        responsiblePerson = text(violations, "responsiblePerson", responsiblePerson, MAX_PERSON_LENGTH, true);
        summary = text(violations, "summary", summary, MAX_SUMMARY_LENGTH, false);
        if (type == null) {
            violations.add(violation("type", "field.required"));
        }
        if (counterparty == null) {
            violations.add(violation("counterparty", "field.required"));
        }
        if (amount == null) {
            violations.add(violation("amount", "field.required"));
        } else if (amount.compareTo(Money.ZERO) < 0 || amount.isGreaterThan(MAX_AMOUNT)) {
            violations.add(violation("amount", "contract.amount.range", MAX_AMOUNT.grouped()));
        }
        if (term == null) {
            violations.add(violation("term", "field.required"));
        }
        if (procurementMethod == null) {
            violations.add(violation("procurementMethod", "field.required"));
        } else if (procurementMethod == ProcurementMethod.TENDER && !tendered) {
            violations.add(violation("tendered", "contract.tendered.byTender"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    /** The same contract with the parties, amount and dates an amendment sets (CON-02). */
    public ContractDetails with(AmendmentTerms terms) {
        return new ContractDetails(title, type, terms.counterparty(), terms.amount(), terms.term(), department,
                responsiblePerson, procurementMethod, tendered, summary);
    }

    /** The parties, amount and dates: what only an amendment changes once signed (CON-02). */
    public AmendmentTerms terms() {
        return new AmendmentTerms(counterparty, amount, term);
    }

    private static String text(List<InvalidInput.FieldViolation> violations, String field, String value,
                               int maxLength, boolean required) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                violations.add(violation(field, "field.required"));
            }
            return null;
        }
        if (text.length() > maxLength) {
            violations.add(violation(field, "field.tooLong", maxLength));
        }
        return text;
    }

    private static InvalidInput.FieldViolation violation(String field, String key, Object... args) {
        return new InvalidInput.FieldViolation(field, key, List.of(args));
    }
}
