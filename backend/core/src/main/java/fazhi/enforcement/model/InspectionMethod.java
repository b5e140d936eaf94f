package fazhi.enforcement.model;

/** How the items of the inspection list are inspected (检查方式). */
public enum InspectionMethod {
    /** 双随机、一公开: random inspectors, random enterprises, results published */
    DOUBLE_RANDOM,
    /** 专项检查 */
    SPECIAL,
    /** 日常检查 */
    ROUTINE
}
