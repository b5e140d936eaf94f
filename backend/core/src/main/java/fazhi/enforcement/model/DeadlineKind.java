package fazhi.enforcement.model;

/** The deadlines of a case: decision (ENF-04), hearing window (ENF-06), delivery (ENF-10), payment (ENF-11). */
public enum DeadlineKind {
    DECISION,
    HEARING_WINDOW,
    DELIVERY,
    PAYMENT
}
