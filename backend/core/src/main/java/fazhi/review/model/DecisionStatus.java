package fazhi.review.model;

import java.util.Set;

/** Where a major decision stands; the allowed transitions are written here. */
public enum DecisionStatus {
    /** 决策程序进行中 */
    IN_PROCEDURE,
    /** 已作出决定 (after collective discussion, LR-02) */
    ADOPTED,
    /** 已公布 */
    PUBLISHED;

    public Set<DecisionStatus> next() {
        return switch (this) {
            case IN_PROCEDURE -> Set.of(ADOPTED);
            case ADOPTED -> Set.of(PUBLISHED);
            case PUBLISHED -> Set.of();
        };
    }

    public boolean canBecome(DecisionStatus target) {
        return next().contains(target);
    }
}
