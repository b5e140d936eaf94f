package fazhi.enforcement.model;

/** What an inspection found (检查结果). */
public enum InspectionResult {
    /** 未发现问题 */
    NO_PROBLEM,
    /** 责令整改 */
    RECTIFICATION_ORDERED,
    /** 立案查处 */
    CASE_OPENED
}
