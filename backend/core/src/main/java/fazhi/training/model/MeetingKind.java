package fazhi.training.model;

/** The kind of a meeting (会议). */
public enum MeetingKind {
    /** 维稳安保 */
    STABILITY_SECURITY,
    /** 法治建设领导小组 */
    LEADING_GROUP,
    /** 干部职工 */
    STAFF,
    /** 其他 */
    OTHER
}
