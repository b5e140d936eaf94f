package fazhi.review.model;

import java.util.Set;

/**
 * Where a normative document stands: drafted, in legality review, in force, or out of force by amendment, repeal
 * or lapse of its validity (LR-06). The allowed transitions are written here.
 */
public enum DocumentStatus {
    /** 起草 */
    DRAFT,
    /** 合法性审查中 */
    IN_REVIEW,
    /** 现行有效 */
    EFFECTIVE,
    /** 已修改 (superseded by an amending document) */
    AMENDED,
    /** 已废止 */
    REPEALED,
    /** 已失效 (validity ended without re-evaluation, LR-06) */
    EXPIRED;

    public Set<DocumentStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(IN_REVIEW);
            case IN_REVIEW -> Set.of(EFFECTIVE);
            case EFFECTIVE -> Set.of(AMENDED, REPEALED, EXPIRED);
            case AMENDED, REPEALED, EXPIRED -> Set.of();
        };
    }

    public boolean canBecome(DocumentStatus target) {
        return next().contains(target);
    }
}
