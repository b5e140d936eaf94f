package fazhi.contract.model;

import java.util.Set;

/**
 * Where a contract stands in its ledger (合同台账); the allowed transitions are written here. A draft goes to
 * legality review (required when major, CON-01/LR-03; on request otherwise) or, when not major, straight to the
 * leader's approval; an approved contract that was not reviewed may still be sent to review, which asks for the
 * approval again. Signing starts the performance, which ends completed or terminated; either is then archived.
 */
public enum ContractStatus {
    /** 草拟 */
    DRAFT,
    /** 合法性审查中 */
    IN_REVIEW,
    /** 已审批 */
    APPROVED,
    /** 履行中 (signed) */
    PERFORMING,
    /** 履行完毕 */
    COMPLETED,
    /** 已终止 */
    TERMINATED,
    /** 已归档 */
    ARCHIVED;

    public Set<ContractStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(IN_REVIEW, APPROVED);
            case IN_REVIEW -> Set.of(APPROVED);
            case APPROVED -> Set.of(IN_REVIEW, PERFORMING);
            case PERFORMING -> Set.of(COMPLETED, TERMINATED);
            case COMPLETED, TERMINATED -> Set.of(ARCHIVED);
            case ARCHIVED -> Set.of();
        };
    }

    public boolean canBecome(ContractStatus target) {
        return next().contains(target);
    }

    /** Before the leader's approval: every field may still be edited. */
    public boolean isDraft() {
        return this == DRAFT || this == IN_REVIEW;
    }

    /** Signed (and perhaps since completed, terminated or archived): CON-02 holds. */
    public boolean isSigned() {
        return this == PERFORMING || this == COMPLETED || this == TERMINATED || this == ARCHIVED;
    }

    /** Performance is over. */
    public boolean isFinished() {
        return this == COMPLETED || this == TERMINATED || this == ARCHIVED;
    }
}
