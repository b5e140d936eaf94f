package fazhi.review.model;

/** The steps of the procedure of a major decision (重大行政决策程序), in their order (LR-02). */
public enum ProcedureStep {
    /** 公众参与 */
    PUBLIC_PARTICIPATION,
    /** 专家论证 */
    EXPERT_ARGUMENT,
    /** 风险评估 */
    RISK_ASSESSMENT,
    /** 合法性审查 (done when the review passed) */
    LEGALITY_REVIEW,
    /** 集体讨论决定 */
    COLLECTIVE_DISCUSSION
}
