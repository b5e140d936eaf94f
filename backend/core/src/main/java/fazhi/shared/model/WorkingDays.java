package fazhi.shared.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Counting in working days (工作日): Monday to Friday, less the public holidays, plus the weekend days made
 * working days (调休), as the holiday calendar says. Reads the calendar one year at a time, as it needs it.
 */
public final class WorkingDays {

    private final IntFunction<List<CalendarDay>> specialDaysOfYear;
    private final Map<Integer, Map<LocalDate, CalendarDay.Kind>> years = new HashMap<>();

    /** {@code specialDaysOfYear} answers the calendar's special days of a year. */
    public WorkingDays(IntFunction<List<CalendarDay>> specialDaysOfYear) {
        this.specialDaysOfYear = specialDaysOfYear;
    }

    /** Over a fixed list of special days (tests, one-off counts). */
    public static WorkingDays of(List<CalendarDay> specialDays) {
        return new WorkingDays(year -> specialDays.stream().filter(d -> d.date().getYear() == year).toList());
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay.Kind kind = years.computeIfAbsent(date.getYear(), this::load).get(date);
        if (kind != null) {
            return kind == CalendarDay.Kind.WORKDAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The date {@code days} working days after {@code start} (start itself not counted). */
    public LocalDate plus(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * Working days after {@code from} up to and including {@code to}: submitted on a Monday and answered on the
     * Tuesday is 1. Zero when {@code to} is not after {@code from}.
     */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    private Map<LocalDate, CalendarDay.Kind> load(int year) {
        Map<LocalDate, CalendarDay.Kind> days = new HashMap<>();
        specialDaysOfYear.apply(year).forEach(d -> days.put(d.date(), d.kind()));
        return days;
    }
}
