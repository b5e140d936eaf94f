package fazhi.contract.model;

/** What a performance milestone (履约节点) is. */
public enum MilestoneKind {
    /** 交付 */
    DELIVERABLE,
    /** 验收 */
    ACCEPTANCE,
    /** 付款: met by the payments recorded against it */
    PAYMENT
}
