package fazhi.training.model;

/** What a session is (学法、培训、宣讲、会议). */
public enum SessionType {
    /** 中心组学法 */
    CENTRAL_GROUP_STUDY,
    /** 法治专题讲座 */
    LECTURE,
    /** 法律明白人培训 */
    LEGAL_UNDERSTANDER_TRAINING,
    /** 微宣讲 */
    MICRO_LECTURE,
    /** 法治宣传活动 */
    PUBLICITY_EVENT,
    /** 会议 */
    MEETING
}
