package fazhi.attachment.model;

/** What a file is to the record it belongs to. */
public enum AttachmentKind {
    /** 决定书 and other documents the office issued */
    DECISION_DOCUMENT,
    /** 送达回证 */
    DELIVERY_RECEIPT,
    /** 执法记录仪录像 or a reference file to it */
    RECORDER_FOOTAGE,
    /** 证据材料 */
    EVIDENCE,
    /** 合同文本 */
    CONTRACT,
    /** 会议纪要 */
    MINUTES,
    /** 照片 */
    PHOTO,
    /** 其他 */
    OTHER
}
