package fazhi.enforcement.model;

import java.util.Set;

/**
 * Where an enforcement case stands; the allowed transitions are written here. A case without a hearing goes
 * NOTIFIED → DECIDED; a no-penalty decision may come without notice; a decision with nothing to execute goes
 * DELIVERED → CLOSED. A decided case may be revoked (撤销) at any later point.
 */
public enum CaseStatus {
    /** 已立案 */
    FILED,
    /** 调查取证 */
    INVESTIGATING,
    /** 已告知 */
    NOTIFIED,
    /** 已申请听证 */
    HEARING_REQUESTED,
    /** 已听证 */
    HEARING_HELD,
    /** 已决定 */
    DECIDED,
    /** 已送达 */
    DELIVERED,
    /** 已执行 */
    EXECUTED,
    /** 已结案 */
    CLOSED,
    /** 已撤销 */
    REVOKED;

    public Set<CaseStatus> next() {
        return switch (this) {
            case FILED -> Set.of(INVESTIGATING, NOTIFIED, DECIDED);
            case INVESTIGATING -> Set.of(NOTIFIED, DECIDED);
            case NOTIFIED -> Set.of(HEARING_REQUESTED, DECIDED);
            case HEARING_REQUESTED -> Set.of(HEARING_HELD);
            case HEARING_HELD -> Set.of(DECIDED);
            case DECIDED -> Set.of(DELIVERED, REVOKED);
            case DELIVERED -> Set.of(EXECUTED, CLOSED, REVOKED);
            case EXECUTED -> Set.of(CLOSED, REVOKED);
            case CLOSED -> Set.of(REVOKED);
            case REVOKED -> Set.of();
        };
    }

    public boolean canBecome(CaseStatus target) {
        return next().contains(target);
    }

    /** Before the decision: the party, facts and officers may still be edited. */
    public boolean isEditable() {
        return this == FILED || this == INVESTIGATING;
    }

    /** A decision was taken (and may since have been revoked). */
    public boolean isDecided() {
        return this == DECIDED || this == DELIVERED || this == EXECUTED || this == CLOSED || this == REVOKED;
    }

    /** Nothing more happens to the case. */
    public boolean isFinished() {
        return this == CLOSED || this == REVOKED;
    }
}
