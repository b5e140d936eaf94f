package fazhi.review.model;

/** The kind of record a legal consultation concerns, when it concerns one. */
public enum LinkedRecordType {
    /** 规范性文件 */
    NORMATIVE_DOCUMENT,
    /** 重大行政决策 */
    MAJOR_DECISION,
    /** 合法性审查 */
    LEGALITY_REVIEW,
    /** 合同 */
    CONTRACT,
    /** 行政执法案件 */
    ENFORCEMENT_CASE,
    /** 矛盾纠纷 */
    DISPUTE,
    /** 行政诉讼 / 其他 */
    OTHER
}
