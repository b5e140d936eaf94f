package fazhi.review.port.in;

import fazhi.review.model.DecisionStatus;

import java.util.Set;

/**
 * Filters of the major decisions; null means "any". {@code year} is the catalogue's year; {@code catalogued}
 * keeps those in (or not in) the year's catalogue; {@code text} looks in the title and sponsor.
 */
public record MajorDecisionQuery(Integer year, Boolean catalogued, DecisionStatus status, String text) {

    public static final Set<String> SORTABLE = Set.of("catalogueNumber", "year", "title", "adoptedOn", "createdAt");
    public static final String DEFAULT_SORT = "catalogueNumber,asc";
    public static final Set<String> PUBLIC_SORTABLE = Set.of("catalogueNumber", "publishedOn");
    public static final String PUBLIC_DEFAULT_SORT = "publishedOn,desc";

    public MajorDecisionQuery {
        QueryText.year(year);
        text = QueryText.of(text);
    }

    public static MajorDecisionQuery all() {
        return new MajorDecisionQuery(null, null, null, null);
    }
}
