package fazhi.enforcement.model;

import java.util.Set;

/** Whether an officer may act; the allowed transitions are written here. */
public enum OfficerStatus {
    ACTIVE,
    SUSPENDED;

    public Set<OfficerStatus> next() {
        return switch (this) {
            case ACTIVE -> Set.of(SUSPENDED);
            case SUSPENDED -> Set.of(ACTIVE);
        };
    }

    public boolean canBecome(OfficerStatus target) {
        return next().contains(target);
    }
}
