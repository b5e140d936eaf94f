package fazhi.contract.model;

/** Where a milestone stands: PENDING, DONE and WAIVED are kept; OVERDUE is a pending one past its due day (CON-03). */
public enum MilestoneStatus {
    /** 待完成 */
    PENDING,
    /** 已完成 */
    DONE,
    /** 已逾期 */
    OVERDUE,
    /** 已免除 (with a reason) */
    WAIVED
}
