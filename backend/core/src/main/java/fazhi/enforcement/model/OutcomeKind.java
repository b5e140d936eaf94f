package fazhi.enforcement.model;

/** The kind of an {@link Outcome}, as JSON and the database name it. */
public enum OutcomeKind {
    /** 不予处罚（首违不罚） */
    NO_PENALTY_FIRST_VIOLATION(false),
    /** 不予处罚（违法行为轻微） */
    NO_PENALTY_MINOR(false),
    /** 警告 */
    WARNING(true),
    /** 罚款 */
    FINE(true),
    /** 其他处罚（没收、暂扣或吊销许可证件等） */
    OTHER(true);

    private final boolean penalty;

    OutcomeKind(boolean penalty) {
        this.penalty = penalty;
    }

    /** A penalty (行政处罚) gets a decision number, needs a notice first (ENF-05) and may be published (ENF-13). */
    public boolean isPenalty() {
        return penalty;
    }
}
