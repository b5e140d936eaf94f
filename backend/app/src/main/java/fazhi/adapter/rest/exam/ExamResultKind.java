package fazhi.adapter.rest.exam;

import fazhi.enforcement.model.ExamStatus;

/** The results an exam can have (通过 / 未通过 / 缺考): the statuses after REGISTERED. */
public enum ExamResultKind {
    PASSED(ExamStatus.PASSED),
    FAILED(ExamStatus.FAILED),
    ABSENT(ExamStatus.ABSENT);

    private final ExamStatus status;

    ExamResultKind(ExamStatus status) {
        this.status = status;
    }

    public ExamStatus status() {
        return status;
    }
}
