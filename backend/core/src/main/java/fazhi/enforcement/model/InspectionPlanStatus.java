package fazhi.enforcement.model;

import java.util.Set;

/** Where a yearly inspection plan stands; the allowed transitions are written here. */
public enum InspectionPlanStatus {
    /** 草稿 */
    DRAFT,
    /** 已备案: filed with the county */
    FILED,
    /** 已公布 */
    PUBLISHED;

    public Set<InspectionPlanStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(FILED);
            case FILED -> Set.of(PUBLISHED);
            case PUBLISHED -> Set.of();
        };
    }

    public boolean canBecome(InspectionPlanStatus target) {
        return next().contains(target);
    }
}
