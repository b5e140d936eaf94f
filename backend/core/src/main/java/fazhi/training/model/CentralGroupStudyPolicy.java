package fazhi.training.model;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * TRN-01 (中心组学法): the central study group studies law at least the township's minimum a year (settings
 * {@code centralGroupStudiesYearly}, 2 by default). From 1 October a year that has fewer is behind, and the radar
 * warns, due on 31 December.
 */
public final class CentralGroupStudyPolicy {

    /** The day of the year from which a year short of its studies is behind. */
    public static final MonthDay WARN_FROM = MonthDay.of(10, 1);

    private CentralGroupStudyPolicy() {
    }

    public static StudyProgress progress(int year, long studies, int minimum, LocalDate asOf) {
        boolean met = studies >= minimum;
        LocalDate warnFrom = WARN_FROM.atYear(year);
        LocalDate dueOn = LocalDate.of(year, 12, 31);
        boolean behind = !met && !asOf.isBefore(warnFrom);
        return new StudyProgress(year, studies, minimum, met, Math.max(0, minimum - studies), warnFrom, dueOn,
                behind);
    }
}
