package fazhi.enforcement.port.in;

import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.OutcomeKind;
import fazhi.enforcement.model.Procedure;
import fazhi.shared.model.InvalidInput;

import java.util.Set;

/**
 * Filters of the cases list; null means "any". {@code year} is the year of filing; {@code text} looks in the
 * case number, the decision number and the party's name; {@code dueWithinDays} keeps cases with a pending
 * deadline (decision, hearing window, delivery, payment) due within that many days of today, overdue included.
 */
public record EnforcementCaseQuery(CaseStatus status, EnforcementField field, Procedure procedure, Integer year,
                                   OutcomeKind outcome, String text, Integer dueWithinDays) {

    public static final Set<String> SORTABLE = Set.of("filedOn", "caseNumber", "decisionDueOn", "violationDate");
    public static final String DEFAULT_SORT = "filedOn,desc";
    public static final int MAX_TEXT_LENGTH = 100;
    public static final int MAX_DUE_WITHIN_DAYS = 366;

    public EnforcementCaseQuery {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInput("year", "field.range", 2000, 2100);
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInput("q", "field.tooLong", MAX_TEXT_LENGTH);
        }
        if (dueWithinDays != null && (dueWithinDays < 0 || dueWithinDays > MAX_DUE_WITHIN_DAYS)) {
            throw new InvalidInput("dueWithinDays", "field.range", 0, MAX_DUE_WITHIN_DAYS);
        }
    }

    public static EnforcementCaseQuery all() {
        return new EnforcementCaseQuery(null, null, null, null, null, null, null);
    }
}
