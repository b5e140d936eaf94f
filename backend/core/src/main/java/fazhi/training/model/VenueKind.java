package fazhi.training.model;

/** Where a session was held. */
public enum VenueKind {
    /** 镇机关 */
    TOWNSHIP_OFFICE,
    /** 中小学 */
    SCHOOL,
    /** 幼儿园 */
    KINDERGARTEN,
    /** 村(社区) */
    VILLAGE,
    /** 集市 */
    MARKET,
    /** 其他 */
    OTHER
}
