package fazhi.enforcement.model;

/** The department an enforcement officer works in (所属部门). */
public enum Department {
    /** 应急 */
    EMERGENCY,
    /** 农业 */
    AGRICULTURE,
    /** 林业 */
    FORESTRY,
    /** 畜牧水产 */
    LIVESTOCK_AQUATIC,
    /** 综合 */
    COMPREHENSIVE,
    /** 其他 */
    OTHER
}
