package fazhi.enforcement.port.in;

import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.OfficerStatus;
import fazhi.shared.model.InvalidInput;

import java.util.Set;

/**
 * Filters of the officers list; null means "any". {@code expiringWithinDays} keeps officers whose
 * certificate is valid today and expires within that many days.
 */
public record OfficerQuery(Department department, OfficerStatus status, Integer expiringWithinDays, String text) {

    public static final Set<String> SORTABLE = Set.of("name", "department", "status", "certificateExpiresOn",
            "createdAt");
    public static final String DEFAULT_SORT = "name,asc";

    public OfficerQuery {
        if (expiringWithinDays != null && (expiringWithinDays < 0 || expiringWithinDays > 3660)) {
            throw new InvalidInput("expiringWithinDays", "field.range", 0, 3660);
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 100) {
            throw new InvalidInput("q", "field.tooLong", 100);
        }
    }

    public static OfficerQuery all() {
        return new OfficerQuery(null, null, null, null);
    }
}
