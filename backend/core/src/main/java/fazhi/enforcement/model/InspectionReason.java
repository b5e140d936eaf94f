package fazhi.enforcement.model;

/** Why an enterprise is inspected. */
public enum InspectionReason {
    /** 按年度计划 */
    PLANNED,
    /** 因投诉举报、转办交办或案件线索触发 */
    CASE_TRIGGERED
}
