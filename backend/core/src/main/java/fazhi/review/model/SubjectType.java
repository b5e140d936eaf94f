package fazhi.review.model;

/** What a legality review (合法性审查) is about. */
public enum SubjectType {
    /** 规范性文件 */
    NORMATIVE_DOCUMENT,
    /** 重大行政决策 */
    MAJOR_DECISION,
    /** 重大合同（协议） */
    CONTRACT,
    /** 重大执法决定法制审核 */
    ENFORCEMENT_DECISION,
    /** 其他 */
    OTHER
}
