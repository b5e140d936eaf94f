package fazhi.enforcement.port.in;

import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.MatterKind;
import fazhi.enforcement.model.MatterSource;
import fazhi.shared.model.InvalidInput;

import java.util.Set;

/**
 * Filters of the enforcement matters list; null means "any". {@code text} looks in the code, the name and the
 * legal basis.
 */
public record EnforcementMatterQuery(MatterKind kind, EnforcementField field, Department department,
                                     MatterSource source, Boolean published, String text) {

    public static final Set<String> SORTABLE = Set.of("code", "name");
    public static final String DEFAULT_SORT = "code,asc";
    public static final int MAX_TEXT_LENGTH = 100;

    public EnforcementMatterQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInput("q", "field.tooLong", MAX_TEXT_LENGTH);
        }
    }

    public static EnforcementMatterQuery all() {
        return new EnforcementMatterQuery(null, null, null, null, null, null);
    }

    /** The same filters, on published matters only: what the public list asks. */
    public EnforcementMatterQuery publishedOnly() {
        return new EnforcementMatterQuery(kind, field, department, source, Boolean.TRUE, text);
    }
}
