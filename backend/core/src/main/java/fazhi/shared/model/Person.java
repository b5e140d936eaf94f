package fazhi.shared.model;

import java.util.Objects;
import java.util.Set;

/**
 * A user of the realm who works in a township: the username that records name (assignments, audit events), the
 * name people know them by, and their roles. Machine clients are not people.
 */
public record Person(String username, String displayName, Set<Role> roles) {

    public Person {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
