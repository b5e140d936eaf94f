package fazhi.review.port.in;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filters of the legal advisers; null means "any". {@code engagedOn} keeps those whose engagement covers that
 * day; {@code text} looks in the name and law firm.
 */
public record LegalAdviserQuery(LocalDate engagedOn, String text) {

    public static final Set<String> SORTABLE = Set.of("name", "engagedFrom", "engagedUntil", "createdAt");
    public static final String DEFAULT_SORT = "engagedFrom,desc";

    public LegalAdviserQuery {
        text = QueryText.of(text);
    }

    public static LegalAdviserQuery all() {
        return new LegalAdviserQuery(null, null);
    }
}
