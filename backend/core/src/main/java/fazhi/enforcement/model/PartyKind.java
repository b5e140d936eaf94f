package fazhi.enforcement.model;

/** Who the party of a case is: a person (公民) or an organisation (法人或者其他组织). */
public enum PartyKind {
    INDIVIDUAL,
    ORGANISATION
}
