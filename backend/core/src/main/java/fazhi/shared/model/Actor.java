package fazhi.shared.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: a person or a machine client, with the roles and the townships its token grants.
 * {@code allTownships} stands for the {@code *} of county-level accounts.
 */
public record Actor(String username, Set<Role> roles, Set<TownshipCode> townships, boolean allTownships) {

    public static final String ALL_TOWNSHIPS = "*";

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        townships = Set.copyOf(townships);
    }

    /** The system itself, for data it loads on its own (demo data, migrations). */
    public static Actor system() {
        return new Actor("system", Set.of(Role.values()), Set.of(), true);
    }

    public boolean canSee(TownshipCode township) {
        return allTownships || townships.contains(township);
    }

    public boolean hasAnyRole(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /**
     * SYS-04: a township the actor may not see answers as if the record did not exist, so that
     * existence does not leak.
     */
    public void requireTownship(TownshipCode township) {
        if (!canSee(township)) {
            throw new RecordNotFound("township", township.value());
        }
    }

    /** The role check of a use case: the actor sees the township but may not do this there. */
    public void requireRole(Role... allowed) {
        if (!hasAnyRole(allowed)) {
            throw new AccessDenied(username, Set.of(allowed));
        }
    }

    /** Both checks in the order that keeps SYS-04: first the township (404), then the role (403). */
    public void require(TownshipCode township, Role... allowed) {
        requireTownship(township);
        requireRole(allowed);
    }
}
