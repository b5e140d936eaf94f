package fazhi.enforcement.model;

/** What kind of power an enforcement matter (执法事项) is. */
public enum MatterKind {
    /** 行政处罚 */
    PENALTY,
    /** 行政检查 */
    INSPECTION,
    /** 行政强制 */
    COERCION,
    /** 其他 */
    OTHER
}
