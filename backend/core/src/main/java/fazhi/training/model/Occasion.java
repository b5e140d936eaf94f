package fazhi.training.model;

/** The occasion of a session. */
public enum Occasion {
    /** 赶集日 */
    MARKET_DAY,
    /** 国家安全教育日 */
    NATIONAL_SECURITY_EDUCATION_DAY,
    /** 宪法日 */
    CONSTITUTION_DAY,
    /** 其他 */
    OTHER
}
