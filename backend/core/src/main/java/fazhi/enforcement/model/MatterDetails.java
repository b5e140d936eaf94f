package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;

import java.util.ArrayList;
import java.util.List;

/**
 * What a clerk enters or edits of an enforcement matter; validates itself. A matter delegated by the county names
 * the county document that delegated it (e.g. 麻政发〔2024〕8号); the township's own matters name none.
 */
public record MatterDetails(String code, String name, MatterKind kind, EnforcementField field, String legalBasis,
                            Department department, MatterSource source, String delegationReference) {

    public static final int MAX_CODE_LENGTH = 40;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_LEGAL_BASIS_LENGTH = 1000;
    public static final int MAX_REFERENCE_LENGTH = 100;

    public MatterDetails {
        List<InvalidInput.FieldViolation> violations = new ArrayList<>();
        code = required(violations, "code", code, MAX_CODE_LENGTH);
        name = required(violations, "name", name, MAX_NAME_LENGTH);
        legalBasis = required(violations, "legalBasis", legalBasis, MAX_LEGAL_BASIS_LENGTH);
        delegationReference = delegationReference == null || delegationReference.isBlank() ? null
                : delegationReference.strip();
        present(violations, "kind", kind);
        present(violations, "field", field);
        present(violations, "department", department);
        present(violations, "source", source);
        if (delegationReference != null && delegationReference.length() > MAX_REFERENCE_LENGTH) {
            violations.add(violation("delegationReference", "field.tooLong", MAX_REFERENCE_LENGTH));
        } else if (source == MatterSource.COUNTY_DELEGATED && delegationReference == null) {
            violations.add(violation("delegationReference", "matter.delegation.referenceRequired"));
        } else if (source == MatterSource.OWN && delegationReference != null) {
            violations.add(violation("delegationReference", "matter.delegation.onlyDelegated"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    private static String required(List<InvalidInput.FieldViolation> violations, String field, String text,
                                   int maxLength) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            violations.add(violation(field, "field.required"));
            return null;
        }
        if (value.length() > maxLength) {
            violations.add(violation(field, "field.tooLong", maxLength));
        }
        return value;
    }

    private static void present(List<InvalidInput.FieldViolation> violations, String field, Object value) {
        if (value == null) {
            violations.add(violation(field, "field.required"));
        }
    }

    private static InvalidInput.FieldViolation violation(String field, String key, Object... arguments) {
        return new InvalidInput.FieldViolation(field, key, List.of(arguments));
    }
}
