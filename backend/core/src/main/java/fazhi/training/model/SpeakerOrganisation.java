package fazhi.training.model;

/** Where a speaker comes from. */
public enum SpeakerOrganisation {
    /** 法院 */
    COURT,
    /** 司法所 */
    JUDICIAL_OFFICE,
    /** 派出所 */
    POLICE_STATION,
    /** 铁路派出所 */
    RAILWAY_POLICE_STATION,
    /** 律师事务所 */
    LAW_FIRM,
    /** 其他 */
    OTHER
}
