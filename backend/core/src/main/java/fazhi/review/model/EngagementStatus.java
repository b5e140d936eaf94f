package fazhi.review.model;

import java.time.LocalDate;

/** Where a legal adviser's engagement stands on a day. */
public enum EngagementStatus {
    /** 未开始 */
    UPCOMING,
    /** 聘任期内 */
    ACTIVE,
    /** 已到期 */
    ENDED;

    public static EngagementStatus of(AdviserDetails details, LocalDate today) {
        if (today.isBefore(details.engagedFrom())) {
            return UPCOMING;
        }
        return today.isAfter(details.engagedUntil()) ? ENDED : ACTIVE;
    }
}
