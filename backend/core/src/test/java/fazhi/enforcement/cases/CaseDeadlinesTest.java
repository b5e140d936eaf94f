package fazhi.enforcement.cases;

import fazhi.shared.model.Deadline;
import fazhi.shared.model.InvalidInput;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.fine;
import static fazhi.testing.EnforcementCaseBuilder.warning;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The deadlines radar: what falls due within the period, or is overdue, sorted by due date. */
class CaseDeadlinesTest {

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    @Test
    void decisions_deliveries_payments_and_open_hearing_windows_are_listed_by_due_date() {
        // given: today is 2025-06-30
        world.given(aCase().withId("decision-due").numbered(1).filedOn(LocalDate.of(2025, 4, 5)));
        world.given(aCase().withId("delivery-overdue").numbered(2).notifiedOn(LocalDate.of(2025, 6, 1), warning(),
                false).decidedOn(LocalDate.of(2025, 6, 20), warning(), false));
        world.given(aCase().withId("payment-due").numbered(3).notifiedOfFine(LocalDate.of(2025, 6, 1), "500.00")
                .decidedOn(LocalDate.of(2025, 6, 20), fine("500.00"), true).deliveredOn(LocalDate.of(2025, 6, 20)));
        world.given(aCase().withId("hearing-open").numbered(4).notifiedOn(LocalDate.of(2025, 6, 28),
                fine("20000.00"), true));
        world.given(aCase().withId("far-away").numbered(5).filedOn(LocalDate.of(2025, 6, 20)));

        // when
        List<Deadline> due = world.service.dueWithin(world.staff, JINHE, Period.ofDays(7));

        // then
        assertThat(due).extracting(Deadline::recordId, Deadline::kind, Deadline::dueOn, Deadline::overdue,
                Deadline::daysLeft).containsExactly(
                tuple("delivery-overdue", "DELIVERY", LocalDate.of(2025, 6, 27), true, -3L),
                tuple("hearing-open", "HEARING_WINDOW", LocalDate.of(2025, 7, 3), false, 3L),
                tuple("decision-due", "DECISION", LocalDate.of(2025, 7, 4), false, 4L),
                tuple("payment-due", "PAYMENT", LocalDate.of(2025, 7, 5), false, 5L));
    }

    @Test
    void each_deadline_names_its_case() {
        // given
        world.given(aCase().withId("case-1").filedOn(LocalDate.of(2025, 4, 5)));

        // when
        Deadline deadline = world.service.dueWithin(world.staff, JINHE, Period.ofDays(7)).get(0);

        // then
        assertThat(deadline.recordType()).isEqualTo("enforcement-case");
        assertThat(deadline.label()).isEqualTo("锦和执立〔2025〕第1号 张三");
    }

    @Test
    void more_than_366_days_is_refused_on_within() {
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.dueWithin(world.staff, JINHE,
                Period.ofDays(367)));
        assertThat(refusal.violations()).extracting(v -> v.field()).containsExactly("within");
    }
}
