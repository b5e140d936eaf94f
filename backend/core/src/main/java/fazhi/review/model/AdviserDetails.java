package fazhi.review.model;

import java.time.LocalDate;

/**
 * A legal adviser (法律顾问) as engaged: the lawyer's name, the law firm, the engagement period (both days
 * included) and the scope of the service. Validates itself.
 */
public record AdviserDetails(String name, String lawFirm, LocalDate engagedFrom, LocalDate engagedUntil,
                             String scope) {

    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_LAW_FIRM_LENGTH = 100;
    public static final int MAX_SCOPE_LENGTH = 1000;

    public AdviserDetails {
        InputCheck check = new InputCheck();
        name = check.required("name", name, MAX_NAME_LENGTH);
        lawFirm = check.required("lawFirm", lawFirm, MAX_LAW_FIRM_LENGTH);
        check.present("engagedFrom", engagedFrom);
        check.present("engagedUntil", engagedUntil);
        check.notBefore("engagedUntil", engagedUntil, engagedFrom, "adviser.engagedUntil.beforeFrom");
        scope = check.optional("scope", scope, MAX_SCOPE_LENGTH);
        check.done();
    }

    /** The engagement covers that day. */
    public boolean engagedOn(LocalDate day) {
        return !day.isBefore(engagedFrom) && !day.isAfter(engagedUntil);
    }
}
