package fazhi.review.model;

/** What a clean-up campaign decides of a document. */
public enum CleanUpVerdict {
    /** 继续有效 */
    KEEP,
    /** 修改 (the amendment follows as a new document) */
    AMEND,
    /** 废止 (applied when the campaign closes) */
    REPEAL
}
