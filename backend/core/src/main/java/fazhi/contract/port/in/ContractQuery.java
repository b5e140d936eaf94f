package fazhi.contract.port.in;

import fazhi.contract.model.ContractStatus;
import fazhi.contract.model.ContractType;
import fazhi.shared.model.InvalidInput;

import java.util.Set;

/**
 * Filters of the ledger; null means "any". {@code major} is CON-01 with the township's threshold as it stands;
 * {@code text} looks in the number, the title and the counterparty's name; {@code year} is the year of the number
 * (registration); {@code endingWithinDays} keeps contracts in performance that end within that many days of today
 * (CON-03); {@code overdue} keeps those in performance past their end or with a milestone past its due day.
 */
public record ContractQuery(ContractStatus status, ContractType type, Boolean major, String text, Integer year,
                            Integer endingWithinDays, Boolean overdue) {

    public static final Set<String> SORTABLE = Set.of("number", "endOn", "amount");
    public static final String DEFAULT_SORT = "number,desc";
    public static final int MAX_TEXT_LENGTH = 100;
    public static final int MAX_DAYS = 366;

    public ContractQuery {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInput("year", "field.range", 2000, 2100);
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInput("q", "field.tooLong", MAX_TEXT_LENGTH);
        }
        if (endingWithinDays != null && (endingWithinDays < 0 || endingWithinDays > MAX_DAYS)) {
            throw new InvalidInput("endingWithinDays", "field.range", 0, MAX_DAYS);
        }
    }

    public static ContractQuery all() {
        return new ContractQuery(null, null, null, null, null, null, null);
    }
}
