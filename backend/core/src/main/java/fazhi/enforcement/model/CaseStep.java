package fazhi.enforcement.model;

/** The steps of a case as the case page shows them, in order. */
public enum CaseStep {
    FILE,
    INVESTIGATE,
    NOTIFY,
    HEARING,
    LEGAL_REVIEW,
    DECIDE,
    DELIVER,
    EXECUTE,
    CLOSE
}
