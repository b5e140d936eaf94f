package fazhi.enforcement.port.in;

import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.InspectionReason;
import fazhi.enforcement.model.InspectionResult;
import fazhi.enforcement.model.InspectionStatus;
import fazhi.shared.model.CreditCode;
import fazhi.shared.model.InvalidInput;

import java.util.Set;

/**
 * Filters of the inspections list; null means "any". {@code year} is the year the inspection counts in (done, or
 * planned until then); {@code text} looks in the enterprise's name.
 */
public record InspectionQuery(InspectionStatus status, EnforcementField field, String itemId, CreditCode creditCode,
                              Integer year, InspectionReason reason, InspectionResult result, String text) {

    public static final Set<String> SORTABLE = Set.of("plannedOn", "inspectedOn", "enterpriseName", "createdAt");
    public static final String DEFAULT_SORT = "inspectedOn,desc";

    public InspectionQuery {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInput("year", "field.range", "2000", "2100");
        }
        itemId = itemId == null || itemId.isBlank() ? null : itemId.strip();
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > InspectionItemQuery.MAX_TEXT_LENGTH) {
            throw new InvalidInput("q", "field.tooLong", InspectionItemQuery.MAX_TEXT_LENGTH);
        }
    }

    public static InspectionQuery all() {
        return new InspectionQuery(null, null, null, null, null, null, null, null);
    }
}
