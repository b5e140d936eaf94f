package fazhi.shared.port.out;

import fazhi.shared.model.CalendarDay;
import fazhi.shared.model.Stamp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The holiday calendar the administrator keeps, shipped with the State Council's schedules. */
public interface HolidayCalendar {

    Optional<CalendarDay> find(LocalDate date);

    /** The special days from {@code from} to {@code to}, both included, in date order. */
    List<CalendarDay> between(LocalDate from, LocalDate to);

    /** Creates or replaces the day, stamped with who changed it when. */
    void save(CalendarDay day, Stamp stamp);

    void delete(LocalDate date);
}
