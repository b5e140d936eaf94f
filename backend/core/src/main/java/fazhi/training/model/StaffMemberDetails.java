package fazhi.training.model;

import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * What the roster (干部职工名册) says of a person: name, post, department, whether a leading cadre (领导干部) and a
 * village cadre (村干部), and since when and until when they are on it ({@code activeTo} null: still on it).
 */
public record StaffMemberDetails(String name, String post, String department, boolean leadingCadre,
                                 boolean villageCadre, LocalDate activeFrom, LocalDate activeTo) {

    public static final int NAME_LENGTH = 50;
    public static final int POST_LENGTH = 100;
    public static final int DEPARTMENT_LENGTH = 100;

    public StaffMemberDetails {
        name = TrainingTexts.required("name", name, NAME_LENGTH);
        post = TrainingTexts.optional("post", post, POST_LENGTH);
        department = TrainingTexts.optional("department", department, DEPARTMENT_LENGTH);
        if (activeFrom == null) {
            throw new InvalidInput("activeFrom", "field.required");
        }
        if (activeTo != null && activeTo.isBefore(activeFrom)) {
            throw new InvalidInput("activeTo", "training.activeTo.beforeFrom", activeFrom.toString());
        }
    }

    /** On the roster on the day. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
    }

    Map<String, String> snapshot() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("post", String.valueOf(post));
        values.put("department", String.valueOf(department));
        values.put("leadingCadre", Boolean.toString(leadingCadre));
        values.put("villageCadre", Boolean.toString(villageCadre));
        values.put("activeFrom", activeFrom.toString());
        values.put("activeTo", String.valueOf(activeTo));
        return values;
    }
}
