package fazhi.enforcement.port.in;

import fazhi.enforcement.model.InspectionPlanStatus;
import fazhi.shared.model.InvalidInput;

import java.util.Set;

/** Filters of the inspection plans; null means "any". {@code text} looks in the title. */
public record InspectionPlanQuery(Integer year, InspectionPlanStatus status, String text) {

    public static final Set<String> SORTABLE = Set.of("year", "title", "publishedOn", "createdAt");
    public static final String DEFAULT_SORT = "year,desc";
    /** What the public list sorts by. */
    public static final Set<String> PUBLIC_SORTABLE = Set.of("year", "publishedOn");
    public static final String PUBLIC_DEFAULT_SORT = "year,desc";

    public InspectionPlanQuery {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInput("year", "field.range", "2000", "2100");
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > InspectionItemQuery.MAX_TEXT_LENGTH) {
            throw new InvalidInput("q", "field.tooLong", InspectionItemQuery.MAX_TEXT_LENGTH);
        }
    }

    public static InspectionPlanQuery all() {
        return new InspectionPlanQuery(null, null, null);
    }

    public static InspectionPlanQuery publishedOnly() {
        return new InspectionPlanQuery(null, InspectionPlanStatus.PUBLISHED, null);
    }
}
