package fazhi.review.port.in;

import fazhi.review.model.DocumentStatus;

import java.util.Set;

/**
 * Filters of the normative documents register; null means "any". {@code status} is the status as of today
 * (EXPIRED includes documents past their validity whose expiry is not recorded yet, EFFECTIVE excludes them);
 * {@code evaluationDue} keeps documents in force within six months of the end of their validity;
 * {@code year} is the year of issue; {@code text} looks in the title, number and issuer.
 */
public record NormativeDocumentQuery(DocumentStatus status, Boolean provisional, Boolean evaluationDue,
                                     Integer year, String text) {

    public static final Set<String> SORTABLE = Set.of("title", "number", "issuedOn", "effectiveOn", "validUntil",
            "createdAt");
    public static final String DEFAULT_SORT = "createdAt,desc";
    /** What the public list sorts by. */
    public static final Set<String> PUBLIC_SORTABLE = Set.of("number", "issuedOn", "effectiveOn", "validUntil");
    public static final String PUBLIC_DEFAULT_SORT = "issuedOn,desc";

    public NormativeDocumentQuery {
        QueryText.year(year);
        text = QueryText.of(text);
    }

    public static NormativeDocumentQuery all() {
        return new NormativeDocumentQuery(null, null, null, null, null);
    }

    /** The documents in force today: the public list. */
    public static NormativeDocumentQuery inForce() {
        return new NormativeDocumentQuery(DocumentStatus.EFFECTIVE, null, null, null, null);
    }
}
