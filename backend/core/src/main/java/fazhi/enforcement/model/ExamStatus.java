package fazhi.enforcement.model;

import java.util.Set;

/** Where a certificate-exam registration stands; the allowed transitions are written here. */
public enum ExamStatus {
    /** 已报名: the result is not in yet. */
    REGISTERED,
    /** 通过: a certificate (执法证) is issued. */
    PASSED,
    /** 未通过 */
    FAILED,
    /** 缺考 */
    ABSENT;

    /** A result is recorded once: only a registration still waiting for it moves on. */
    public Set<ExamStatus> next() {
        return switch (this) {
            case REGISTERED -> Set.of(PASSED, FAILED, ABSENT);
            case PASSED, FAILED, ABSENT -> Set.of();
        };
    }

    public boolean canBecome(ExamStatus target) {
        return next().contains(target);
    }
}
