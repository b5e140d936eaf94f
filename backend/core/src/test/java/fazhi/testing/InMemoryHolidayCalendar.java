package fazhi.testing;

import fazhi.shared.model.CalendarDay;
import fazhi.shared.model.Stamp;
import fazhi.shared.port.out.HolidayCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The holiday calendar in a sorted map. */
public final class InMemoryHolidayCalendar implements HolidayCalendar {

    private final TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();

    public static InMemoryHolidayCalendar empty() {
        return new InMemoryHolidayCalendar();
    }

    /** The State Council's 2025 and 2026 schedules. */
    public static InMemoryHolidayCalendar withStateCouncilSchedules() {
        InMemoryHolidayCalendar calendar = new InMemoryHolidayCalendar();
        StateCouncilSchedules.of2025And2026().forEach(d -> calendar.days.put(d.date(), d));
        return calendar;
    }

    @Override
    public Optional<CalendarDay> find(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    @Override
    public List<CalendarDay> between(LocalDate from, LocalDate to) {
        return List.copyOf(days.subMap(from, true, to, true).values());
    }

    @Override
    public void save(CalendarDay day, Stamp stamp) {
        days.put(day.date(), day);
    }

    @Override
    public void delete(LocalDate date) {
        days.remove(date);
    }

    public int size() {
        return days.size();
    }
}
