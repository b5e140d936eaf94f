package fazhi.shared.model;

import fazhi.testing.StateCouncilSchedules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days over the State Council's 2025 and 2026 schedules: holidays and the 调休 weekend workdays. */
class WorkingDaysTest {

    private final WorkingDays workingDays = WorkingDays.of(StateCouncilSchedules.of2025And2026());

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void the_working_day_after_the_monday_before_spring_festival_2025_is_the_day_after_the_holiday() {
        // given: Monday 2025-01-27; 春节 runs 1/28 to 2/4

        // when
        LocalDate next = workingDays.plus(day("2025-01-27"), 1);

        // then
        assertThat(next).isEqualTo(day("2025-02-05"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"})
    void the_adjusted_weekend_days_of_2025_are_working_days(String date) {
        // given: 调休 Sundays and Saturdays

        // when
        boolean working = workingDays.isWorkingDay(day(date));

        // then
        assertThat(working).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08"})
    void the_national_day_and_mid_autumn_holiday_2025_has_no_working_day(String date) {
        // given: weekdays inside 10/1–10/8

        // when
        boolean working = workingDays.isWorkingDay(day(date));

        // then
        assertThat(working).isFalse();
    }

    @Test
    void the_whole_national_day_week_2025_counts_no_working_day() {
        // when
        int counted = workingDays.between(day("2025-09-30"), day("2025-10-08"));

        // then
        assertThat(counted).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-01-02", "2026-02-16", "2026-02-20", "2026-02-23"})
    void the_new_year_and_spring_festival_holidays_2026_are_not_working_days(String date) {
        // when
        boolean working = workingDays.isWorkingDay(day(date));

        // then
        assertThat(working).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"})
    void the_adjusted_weekend_days_of_2026_are_working_days(String date) {
        // when
        boolean working = workingDays.isWorkingDay(day(date));

        // then
        assertThat(working).isTrue();
    }

    @Test
    void an_ordinary_weekend_is_not_working_and_an_ordinary_weekday_is() {
        // then
        assertThat(workingDays.isWorkingDay(day("2025-03-08"))).isFalse();
        assertThat(workingDays.isWorkingDay(day("2025-03-10"))).isTrue();
    }

    @Test
    void counting_on_from_new_years_eve_2025_skips_the_2026_new_year_holiday_and_counts_its_sunday() {
        // given: Wednesday 2025-12-31; 1/1–1/3 off, Sunday 1/4 a working day

        // when
        LocalDate first = workingDays.plus(day("2025-12-31"), 1);
        LocalDate second = workingDays.plus(day("2025-12-31"), 2);

        // then
        assertThat(first).isEqualTo(day("2026-01-04"));
        assertThat(second).isEqualTo(day("2026-01-05"));
    }

    @Test
    void between_counts_across_the_year_end() {
        // when
        int counted = workingDays.between(day("2025-12-31"), day("2026-01-05"));

        // then
        assertThat(counted).isEqualTo(2);
    }

    @Test
    void between_and_plus_agree_over_the_spring_festival_2026() {
        // given
        LocalDate from = day("2026-02-09");

        // when
        LocalDate tenLater = workingDays.plus(from, 10);

        // then: 2/10–2/13, 2/14 (Sat, 调休), 2/24–2/27 = 9, then 2/28 (Sat, 调休) = 10
        assertThat(tenLater).isEqualTo(day("2026-02-28"));
        assertThat(workingDays.between(from, tenLater)).isEqualTo(10);
    }

    @Test
    void a_day_counts_as_a_weekday_again_once_the_calendar_has_no_entry_for_it() {
        // given
        WorkingDays withoutSchedules = WorkingDays.of(List.of());

        // then
        assertThat(withoutSchedules.isWorkingDay(day("2025-10-01"))).isTrue();
        assertThat(withoutSchedules.isWorkingDay(day("2025-09-28"))).isFalse();
    }
}
