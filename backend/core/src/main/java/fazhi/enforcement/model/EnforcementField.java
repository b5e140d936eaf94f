package fazhi.enforcement.model;

/** The field of administrative enforcement (执法领域) a case, inspection item or matter belongs to. */
public enum EnforcementField {
    /** 道路交通安全 */
    ROAD_TRAFFIC_SAFETY(true),
    /** 水上交通安全 */
    WATER_TRAFFIC_SAFETY(true),
    /** 消防安全 */
    FIRE_SAFETY(true),
    /** 非煤矿山安全生产 */
    NON_COAL_MINE_SAFETY(true),
    /** 农业 */
    AGRICULTURE(false),
    /** 林业 */
    FORESTRY(false),
    /** 畜牧水产 */
    LIVESTOCK_AQUATIC(false),
    /** 其他 */
    OTHER(false);

    private final boolean safety;

    EnforcementField(boolean safety) {
        this.safety = safety;
    }

    /** One of the four safety fields the seed counts its "近40次" enforcement activities in. */
    public boolean isSafety() {
        return safety;
    }
}
