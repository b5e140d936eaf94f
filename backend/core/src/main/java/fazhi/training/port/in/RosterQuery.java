package fazhi.training.port.in;

import fazhi.shared.model.InvalidInput;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filters of the roster; null means "any". {@code text} looks in the name, post and department; {@code activeOn}
 * keeps the people on the roster that day.
 */
public record RosterQuery(String text, String department, LocalDate activeOn, Boolean leadingCadre,
                          Boolean villageCadre) {

    public static final Set<String> SORTABLE = Set.of("name", "activeFrom");
    public static final String DEFAULT_SORT = "name,asc";
    public static final int MAX_TEXT_LENGTH = 100;

    public RosterQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInput("q", "field.tooLong", MAX_TEXT_LENGTH);
        }
        department = department == null || department.isBlank() ? null : department.strip();
        if (department != null && department.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInput("department", "field.tooLong", MAX_TEXT_LENGTH);
        }
    }

    public static RosterQuery all() {
        return new RosterQuery(null, null, null, null, null);
    }
}
