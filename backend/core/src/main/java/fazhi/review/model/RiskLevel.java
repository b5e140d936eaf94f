package fazhi.review.model;

/** The social-stability risk a risk assessment (社会稳定风险评估) finds. */
public enum RiskLevel {
    /** 低风险 */
    LOW,
    /** 中风险 */
    MEDIUM,
    /** 高风险 */
    HIGH
}
