package fazhi.training.port.in;

import fazhi.shared.model.InvalidInput;

import java.util.Set;

/** Filters of the exams; null means "any". */
public record ExamQuery(Integer year) {

    public static final Set<String> SORTABLE = Set.of("heldOn");
    public static final String DEFAULT_SORT = "heldOn,desc";

    public ExamQuery {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInput("year", "field.range", 2000, 2100);
        }
    }

    public static ExamQuery all() {
        return new ExamQuery(null);
    }
}
