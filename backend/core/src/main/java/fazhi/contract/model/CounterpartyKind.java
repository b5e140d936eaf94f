package fazhi.contract.model;

/** Who the other party of a contract is: an organisation (法人或者其他组织) or a person (自然人). */
public enum CounterpartyKind {
    ORGANISATION,
    INDIVIDUAL
}
