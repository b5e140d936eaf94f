package fazhi.contract.model;

/** Where an amendment (补充协议) stands: like a contract, reviewed (when major), approved, then signed. */
public enum AmendmentStatus {
    /** 草拟 */
    DRAFT,
    /** 合法性审查中 */
    IN_REVIEW,
    /** 已审批 */
    APPROVED,
    /** 已签订: it has changed the contract */
    SIGNED
}
