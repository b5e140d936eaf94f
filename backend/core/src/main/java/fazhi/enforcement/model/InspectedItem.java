package fazhi.enforcement.model;

import java.util.Objects;

/**
 * The item an inspection cites, as it stood when the inspection was proposed: the field is kept with the
 * inspection because the annual figures count inspections by field.
 */
public record InspectedItem(String id, String code, String name, EnforcementField field, InspectionMethod method) {

    public InspectedItem {
        Objects.requireNonNull(id);
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(field);
        Objects.requireNonNull(method);
    }
}
