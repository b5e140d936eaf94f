package fazhi.shared.model;

import java.util.Arrays;
import java.util.Optional;

/** The roles of DOMAIN.md, as named in Keycloak's realm roles. */
public enum Role {
    STAFF("staff"),
    OFFICER("officer"),
    LEGAL_REVIEWER("legal-reviewer"),
    LEADER("leader"),
    AUDITOR("auditor"),
    COUNTY_SYSTEM("county-system"),
    ADMIN("admin");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The realm role name in the token. */
    public String claim() {
        return claim;
    }

    public static Optional<Role> fromClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }
}
