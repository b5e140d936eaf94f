package fazhi.shared.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.CalendarDay;
import fazhi.shared.model.Change;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.WorkingDays;
import fazhi.shared.port.in.KeepingHolidayCalendar;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.port.out.HolidayCalendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class HolidayCalendarService implements KeepingHolidayCalendar {

    static final String RECORD_TYPE = "calendarDay";
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** Reading the calendar: every role, in any township. */
    static final Role[] READERS = Role.values();
    /** Keeping it: the administrator. */
    static final Role[] KEEPERS = {Role.ADMIN};

    private final HolidayCalendar calendar;
    private final AuditLog auditLog;
    private final Clock clock;

    public HolidayCalendarService(HolidayCalendar calendar, AuditLog auditLog, Clock clock) {
        this.calendar = calendar;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Counting working days over the calendar as it stands now (a fresh count sees the latest edits). */
    public static WorkingDays workingDaysOver(HolidayCalendar calendar) {
        return new WorkingDays(year -> calendar.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    @Override
    public List<CalendarDay> year(Actor actor, int year) {
        actor.requireRole(READERS);
        requireYear("year", year);
        return calendar.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Override
    public CalendarDay put(Actor actor, CalendarDay day) {
        actor.requireRole(KEEPERS);
        requireYear("date", day.date().getYear());
        Optional<CalendarDay> before = calendar.find(day.date());
        if (before.isPresent() && before.get().equals(day)) {
            return day;
        }
        calendar.save(day, new Stamp(clock.now(), actor.username()));
        audit(actor, day.date(), before.isPresent() ? "calendarDay.replaced" : "calendarDay.added",
                before.map(HolidayCalendarService::snapshot).orElse(Map.of()), snapshot(day));
        return day;
    }

    @Override
    public void delete(Actor actor, LocalDate date) {
        actor.requireRole(KEEPERS);
        CalendarDay before = calendar.find(date)
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, date.toString()));
        calendar.delete(date);
        audit(actor, date, "calendarDay.deleted", snapshot(before), Map.of());
    }

    private static void requireYear(String field, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidInput(field, "field.range", MIN_YEAR, MAX_YEAR);
        }
    }

    /**
     * SYS-01: the calendar is county-wide, while the audit chains are per township; its changes go to the chain
     * of {@link TownshipCode#COUNTY}, which county auditors read and verify like a township's.
     */
    private void audit(Actor actor, LocalDate date, String action, Map<String, String> before,
                       Map<String, String> after) {
        auditLog.record(new AuditLog.Entry(TownshipCode.COUNTY, actor.username(), clock.now(), action, RECORD_TYPE,
                date.toString(), Change.between(before, after)));
    }

    private static Map<String, String> snapshot(CalendarDay day) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", day.kind().name());
        fields.put("name", day.name());
        return fields;
    }
}
