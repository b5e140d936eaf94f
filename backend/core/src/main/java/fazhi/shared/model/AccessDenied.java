package fazhi.shared.model;

import java.util.Set;

/** The actor sees the township but none of its roles may do this. */
public class AccessDenied extends RuntimeException {

    private final Set<Role> allowed;

    public AccessDenied(String username, Set<Role> allowed) {
        super("access denied to " + username);
        this.allowed = Set.copyOf(allowed);
    }

    public Set<Role> allowed() {
        return allowed;
    }
}
