package fazhi.shared.service;

import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.CalendarDay;
import fazhi.shared.model.CalendarDay.Kind;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.testing.FixedClock;
import fazhi.testing.InMemoryHolidayCalendar;
import fazhi.testing.RecordingAuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.ActorBuilder.an;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

/** The administrator keeps the county's holiday calendar; everyone reads it; each change is audited. */
class KeepingHolidayCalendarTest {

    private static final Instant NOW = Instant.parse("2025-11-20T02:00:00Z");

    private final InMemoryHolidayCalendar calendar = InMemoryHolidayCalendar.withStateCouncilSchedules();
    private final RecordingAuditLog auditLog = new RecordingAuditLog();
    private final HolidayCalendarService service = new HolidayCalendarService(calendar, auditLog, FixedClock.at(NOW));
    private final Actor admin = an(Role.ADMIN).named("admin").ofAllTownships().build();

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_role_reads_a_years_special_days_in_date_order(Role role) {
        // given
        Actor reader = a(role).of(JINHE).build();

        // when
        List<CalendarDay> days = service.year(reader, 2025);

        // then
        assertThat(days).hasSize(33);
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(days).extracting(CalendarDay::date).isSorted();
    }

    @Test
    void the_administrator_adds_a_day_and_it_is_audited_in_the_county_chain() {
        // given
        CalendarDay extra = new CalendarDay(LocalDate.of(2027, 1, 1), Kind.HOLIDAY, "元旦");

        // when
        service.put(admin, extra);

        // then
        assertThat(calendar.find(extra.date())).contains(extra);
        var entry = auditLog.last();
        assertThat(entry.township()).isEqualTo(TownshipCode.COUNTY);
        assertThat(entry.action()).isEqualTo("calendarDay.added");
        assertThat(entry.recordId()).isEqualTo("2027-01-01");
        assertThat(entry.changes().get("kind").after()).isEqualTo("HOLIDAY");
        assertThat(entry.occurredAt()).isEqualTo(NOW);
    }

    @Test
    void the_administrator_replaces_a_day_whole() {
        // given: 2025-10-11 is a 调休 Saturday

        // when
        service.put(admin, new CalendarDay(LocalDate.of(2025, 10, 11), Kind.HOLIDAY, "国庆节"));

        // then
        assertThat(calendar.find(LocalDate.of(2025, 10, 11))).get().extracting(CalendarDay::kind)
                .isEqualTo(Kind.HOLIDAY);
        assertThat(auditLog.last().action()).isEqualTo("calendarDay.replaced");
        assertThat(auditLog.last().changes().get("kind").before()).isEqualTo("WORKDAY");
    }

    @Test
    void putting_the_same_day_again_changes_nothing_and_audits_nothing() {
        // when
        service.put(admin, new CalendarDay(LocalDate.of(2025, 1, 1), Kind.HOLIDAY, "元旦"));

        // then
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void the_administrator_deletes_a_day() {
        // when
        service.delete(admin, LocalDate.of(2025, 1, 1));

        // then
        assertThat(calendar.find(LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(auditLog.last().action()).isEqualTo("calendarDay.deleted");
        assertThat(auditLog.last().changes().get("name").before()).isEqualTo("元旦");
        assertThat(auditLog.last().township()).isEqualTo(TownshipCode.COUNTY);
    }

    @Test
    void deleting_a_day_not_on_the_calendar_is_not_found() {
        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> service.delete(admin, LocalDate.of(2025, 3, 3)));

        // then
        assertThat(refusal.recordType()).isEqualTo("calendarDay");
        assertThat(auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EXCLUDE)
    void no_other_role_changes_the_calendar(Role role) {
        // given
        Actor other = a(role).ofAllTownships().build();

        // when
        AccessDenied onPut = thrown(AccessDenied.class, () -> service.put(other,
                new CalendarDay(LocalDate.of(2025, 3, 3), Kind.HOLIDAY, "假日")));
        AccessDenied onDelete = thrown(AccessDenied.class, () -> service.delete(other, LocalDate.of(2025, 1, 1)));

        // then
        assertThat(onPut.allowed()).containsExactly(Role.ADMIN);
        assertThat(onDelete.allowed()).containsExactly(Role.ADMIN);
        assertThat(calendar.find(LocalDate.of(2025, 3, 3))).isEmpty();
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void a_year_out_of_range_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> service.year(admin, 1999));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("year");
    }

    @Test
    void a_fresh_count_of_working_days_sees_the_latest_edit() {
        // given
        LocalDate saturday = LocalDate.of(2025, 3, 8);
        service.put(admin, new CalendarDay(saturday, Kind.WORKDAY, "调休上班"));

        // when
        boolean working = HolidayCalendarService.workingDaysOver(calendar).isWorkingDay(saturday);

        // then
        assertThat(working).isTrue();
    }
}
