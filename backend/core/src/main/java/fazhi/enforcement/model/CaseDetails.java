package fazhi.enforcement.model;

import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What an officer records when filing a case (立案) and may edit until the notice: the field, the procedure, the
 * party, the facts and place, the violation and discovery dates (ENF-12), whether life, health or property
 * safety was harmed (5-year limitation), whether the case is major or complex (ENF-07), and the officers
 * (ENF-01, ENF-02). Validates itself; the officer ids are kept distinct and in order.
 */
public record CaseDetails(EnforcementField field, Procedure procedure, Party party, String facts, String place,
                          LocalDate violationDate, LocalDate discoveredOn, boolean harmsLifeHealthOrProperty,
                          boolean major, List<String> officerIds) {

    public static final int MAX_FACTS_LENGTH = 2000;
    public static final int MAX_PLACE_LENGTH = 200;
    public static final int MAX_OFFICERS = 10;

    public CaseDetails {
        List<InvalidInput.FieldViolation> violations = new ArrayList<>();
        if (field == null) {
            violations.add(violation("field", "field.required"));
        }
        if (procedure == null) {
            violations.add(violation("procedure", "field.required"));
        }
        if (party == null) {
            violations.add(violation("party", "field.required"));
        }
        facts = facts == null ? null : facts.strip();
        if (facts == null || facts.isEmpty()) {
            violations.add(violation("facts", "field.required"));
        } else if (facts.length() > MAX_FACTS_LENGTH) {
            violations.add(violation("facts", "field.tooLong", MAX_FACTS_LENGTH));
        }
        place = place == null || place.isBlank() ? null : place.strip();
        if (place != null && place.length() > MAX_PLACE_LENGTH) {
            violations.add(violation("place", "field.tooLong", MAX_PLACE_LENGTH));
        }
        if (violationDate == null) {
            violations.add(violation("violationDate", "field.required"));
        }
        if (discoveredOn == null) {
            violations.add(violation("discoveredOn", "field.required"));
        }
        if (violationDate != null && discoveredOn != null && discoveredOn.isBefore(violationDate)) {
            violations.add(violation("discoveredOn", "enforcementCase.discoveredBeforeViolation"));
        }
        List<String> ids = new ArrayList<>();
        if (officerIds != null) {
            for (int i = 0; i < officerIds.size(); i++) {
                String id = officerIds.get(i) == null ? "" : officerIds.get(i).strip();
                if (id.isEmpty()) {
                    violations.add(violation("officerIds[" + i + "]", "field.required"));
                } else {
                    ids.add(id);
                }
            }
        }
        ids = List.copyOf(new LinkedHashSet<>(ids));
        if (ids.size() > MAX_OFFICERS) {
            violations.add(violation("officerIds", "enforcementCase.officers.tooMany", MAX_OFFICERS));
        }
        officerIds = ids;
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    private static InvalidInput.FieldViolation violation(String field, String key, Object... args) {
        return new InvalidInput.FieldViolation(field, key, List.of(args));
    }
}
