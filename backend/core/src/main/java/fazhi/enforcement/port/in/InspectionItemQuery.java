package fazhi.enforcement.port.in;

import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.InspectionMethod;
import fazhi.shared.model.InvalidInput;

import java.util.Set;

/**
 * Filters of the inspection items list; null means "any". {@code text} looks in the code, name and legal basis.
 */
public record InspectionItemQuery(EnforcementField field, InspectionMethod method, Department department,
                                  Boolean published, String text) {

    public static final Set<String> SORTABLE = Set.of("code", "name", "field", "method", "publishedOn", "createdAt");
    public static final String DEFAULT_SORT = "code,asc";
    /** What the public list sorts by. */
    public static final Set<String> PUBLIC_SORTABLE = Set.of("code", "name", "field", "publishedOn");
    public static final String PUBLIC_DEFAULT_SORT = "code,asc";
    public static final int MAX_TEXT_LENGTH = 100;

    public InspectionItemQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInput("q", "field.tooLong", MAX_TEXT_LENGTH);
        }
    }

    public static InspectionItemQuery all() {
        return new InspectionItemQuery(null, null, null, null, null);
    }

    /** The published items: the public list. */
    public static InspectionItemQuery publishedOnly() {
        return new InspectionItemQuery(null, null, null, true, null);
    }
}
