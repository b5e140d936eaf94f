package fazhi.contract.model;

/** Why a contract is major (CON-01). */
public enum MajorReason {
    /** The amount reaches the township's threshold. */
    AMOUNT,
    /** Its type is land, concession, PPP, loan or guarantee. */
    TYPE
}
