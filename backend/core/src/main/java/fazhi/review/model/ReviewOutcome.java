package fazhi.review.model;

/** Where a subject's review stands, as its latest round says. */
public enum ReviewOutcome {
    /** Never submitted for review. */
    NONE,
    /** Submitted, no opinion yet. */
    PENDING,
    /** 通过 */
    APPROVED,
    /** 修改后通过: passed, with the changes listed. */
    APPROVED_WITH_CHANGES,
    /** 不通过: blocks the subject until a new round passes (LR-05). */
    REJECTED;

    public boolean passed() {
        return this == APPROVED || this == APPROVED_WITH_CHANGES;
    }
}
