package fazhi.review.port.in;

import fazhi.review.model.CleanUpStatus;

import java.util.Set;

/** Filters of the clean-up campaigns; null means "any". {@code year} is the year of the campaign's date. */
public record CleanUpQuery(Integer year, CleanUpStatus status) {

    public static final Set<String> SORTABLE = Set.of("heldOn", "name", "createdAt");
    public static final String DEFAULT_SORT = "heldOn,desc";

    public CleanUpQuery {
        QueryText.year(year);
    }

    public static CleanUpQuery all() {
        return new CleanUpQuery(null, null);
    }
}
