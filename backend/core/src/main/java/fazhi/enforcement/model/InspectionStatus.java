package fazhi.enforcement.model;

import java.util.Set;

/**
 * Where an inspection stands: proposed, approved by a leader before it happens, the enterprise notified, done.
 * The allowed transitions are written here.
 */
public enum InspectionStatus {
    /** 待批准 */
    PROPOSED,
    /** 已批准 */
    APPROVED,
    /** 已告知 */
    NOTIFIED,
    /** 已检查 */
    DONE;

    public Set<InspectionStatus> next() {
        return switch (this) {
            case PROPOSED -> Set.of(APPROVED);
            case APPROVED -> Set.of(NOTIFIED);
            case NOTIFIED -> Set.of(DONE);
            case DONE -> Set.of();
        };
    }

    public boolean canBecome(InspectionStatus target) {
        return next().contains(target);
    }

    /** ENF-14 counts the inspections a leader approved, whether done yet or not. */
    public boolean countsTowardsCap() {
        return this != PROPOSED;
    }
}
