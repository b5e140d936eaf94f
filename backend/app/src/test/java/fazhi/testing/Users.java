package fazhi.testing;

import java.util.List;

/** Test callers: one per role in Jinhe, a Gaocun clerk, and county-wide accounts. */
public enum Users {
    JINHE_STAFF("t-staff", "staff", "jinhe"),
    JINHE_OFFICER("t-officer", "officer", "jinhe"),
    JINHE_REVIEWER("t-reviewer", "legal-reviewer", "jinhe"),
    JINHE_REVIEWER_2("t-reviewer-2", "legal-reviewer", "jinhe"),
    JINHE_LEADER("t-leader", "leader", "jinhe"),
    JINHE_AUDITOR("t-auditor", "auditor", "jinhe"),
    GAOCUN_STAFF("t-gaocun-staff", "staff", "gaocun"),
    GAOCUN_LEADER("t-gaocun-leader", "leader", "gaocun"),
    COUNTY_AUDITOR("t-county-auditor", "auditor", "*"),
    COUNTY_SYSTEM("service-account-county-system", "county-system", "*"),
    ADMIN("t-admin", "admin", "*");

    private final String username;
    private final String role;
    private final String township;

    Users(String username, String role, String township) {
        this.username = username;
        this.role = role;
        this.township = township;
    }

    public String username() {
        return username;
    }

    public String token() {
        return Tokens.token(username, List.of(role), List.of(township));
    }

    public String bearer() {
        return "Bearer " + token();
    }
}
