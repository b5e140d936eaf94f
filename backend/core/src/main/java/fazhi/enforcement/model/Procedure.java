package fazhi.enforcement.model;

/** The procedure of an enforcement case: 简易程序 (on the spot, ENF-03) or 普通程序 (ENF-04). */
public enum Procedure {
    /** 简易程序（当场处罚） */
    SIMPLE,
    /** 普通程序 */
    ORDINARY
}
