package fazhi.review.model;

import java.util.Set;

/** Whether a clean-up campaign still takes decisions; the allowed transitions are written here. */
public enum CleanUpStatus {
    OPEN,
    CLOSED;

    public Set<CleanUpStatus> next() {
        return switch (this) {
            case OPEN -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    public boolean canBecome(CleanUpStatus target) {
        return next().contains(target);
    }
}
