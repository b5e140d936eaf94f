package fazhi.contract.model;

/** What a contract (合同) is about; land, concession, PPP, loan and guarantee make it major (CON-01). */
public enum ContractType {
    /** 货物买卖 */
    GOODS,
    /** 服务 */
    SERVICES,
    /** 工程 */
    WORKS,
    /** 租赁 */
    LEASE,
    /** 土地 */
    LAND,
    /** 特许经营 */
    CONCESSION,
    /** 政府和社会资本合作 (PPP) */
    PPP,
    /** 借款 */
    LOAN,
    /** 担保 */
    GUARANTEE,
    /** 合作 */
    COOPERATION,
    /** 其他 */
    OTHER
}
