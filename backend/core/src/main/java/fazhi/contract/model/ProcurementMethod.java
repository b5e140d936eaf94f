package fazhi.contract.model;

/** How the counterparty was chosen (采购方式). */
public enum ProcurementMethod {
    /** 招标 */
    TENDER,
    /** 竞争性谈判 */
    COMPETITIVE_NEGOTIATION,
    /** 询价 */
    INQUIRY,
    /** 单一来源 */
    SINGLE_SOURCE,
    /** 其他 */
    OTHER
}
