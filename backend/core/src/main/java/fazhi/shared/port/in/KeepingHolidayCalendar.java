package fazhi.shared.port.in;

import fazhi.shared.model.Actor;
import fazhi.shared.model.CalendarDay;

import java.time.LocalDate;
import java.util.List;

/**
 * The county's holiday calendar (节假日安排): everyone reads it, the administrator keeps it (puts a holiday or an
 * adjusted working weekend day, 调休, or takes one away). Working days everywhere are counted over it.
 */
public interface KeepingHolidayCalendar {

    /** The special days of a year, in date order. */
    List<CalendarDay> year(Actor actor, int year);

    /** Creates the day or replaces it whole; answers it as stored. */
    CalendarDay put(Actor actor, CalendarDay day);

    /** Takes the day off the calendar: it is an ordinary weekday or weekend day again. */
    void delete(Actor actor, LocalDate date);
}
