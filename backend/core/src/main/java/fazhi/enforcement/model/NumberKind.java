package fazhi.enforcement.model;

/** The counters a township keeps per year: case numbers at filing, decision numbers at a penalty decision. */
public enum NumberKind {
    CASE,
    PENALTY_DECISION
}
