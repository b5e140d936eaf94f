package fazhi.enforcement.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One pending deadline of a case as of a day: its kind, due date, whether it has passed, days left (< 0 late). */
public record CaseDeadline(DeadlineKind kind, LocalDate dueOn, boolean overdue, long daysLeft) {

    static CaseDeadline of(DeadlineKind kind, LocalDate dueOn, LocalDate today) {
        return new CaseDeadline(kind, dueOn, today.isAfter(dueOn), ChronoUnit.DAYS.between(today, dueOn));
    }
}
