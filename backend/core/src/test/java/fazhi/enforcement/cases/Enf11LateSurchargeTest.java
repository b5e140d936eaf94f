package fazhi.enforcement.cases;

import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.LateSurcharge;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Execute;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.fine;
import static fazhi.testing.EnforcementCaseBuilder.warning;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** ENF-11: a fine is due 15 days after delivery; 3 % a day after that, to the cent, never more than the fine. */
class Enf11LateSurchargeTest {

    private static final LocalDate DELIVERED = LocalDate.of(2025, 6, 1);
    private static final LocalDate DUE = LocalDate.of(2025, 6, 16);

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    private void givenADeliveredFine(String amount) {
        world.given(aCase().withId("case-1").atVersion(3).notifiedOfFine(LocalDate.of(2025, 5, 20), amount)
                .decidedOn(DELIVERED, fine(amount), true).deliveredOn(DELIVERED));
    }

    @Test
    void the_fine_is_due_15_days_after_delivery() {
        assertThat(LateSurcharge.ofFineDeliveredOn(Money.of("1000.00"), DELIVERED).paymentDueOn()).isEqualTo(DUE);
    }

    @ParameterizedTest(name = "{0} paid on day {1} after the due date owes {2}")
    @CsvSource({
            "1000.00, 0, 0.00",
            "1000.00, 1, 30.00",
            "1000.00, 10, 300.00",
            "333.33, 1, 10.00",
            "123.45, 2, 7.41",
            "200.00, 7, 42.00",
            "1000.00, 33, 990.00",
            "1000.00, 34, 1000.00",
            "1000.00, 365, 1000.00",
            "0.01, 1, 0.00",
    })
    void the_surcharge_is_3_percent_a_day_rounded_to_the_cent_and_capped_at_the_fine(String fine, int daysLate,
                                                                                     String surcharge) {
        // given
        LateSurcharge late = LateSurcharge.ofFineDeliveredOn(Money.of(fine), DELIVERED);

        // when
        Money owed = late.asOf(DUE.plusDays(daysLate));

        // then
        assertThat(owed).isEqualTo(Money.of(surcharge));
        assertThat(late.amountDue(DUE.plusDays(daysLate))).isEqualTo(Money.of(fine).plus(Money.of(surcharge)));
    }

    @Test
    void nothing_is_owed_before_the_due_date() {
        assertThat(LateSurcharge.ofFineDeliveredOn(Money.of("1000.00"), DELIVERED).asOf(DELIVERED.plusDays(3)))
                .isEqualTo(Money.ZERO);
    }

    @Test
    void the_view_shows_the_surcharge_and_amount_due_today() {
        // given
        givenADeliveredFine("1000.00");
        world.today(DUE.plusDays(3));

        // when
        CaseOverview overview = world.service.get(world.officer, JINHE, "case-1");

        // then
        assertThat(overview.deadlines().paymentDueOn()).isEqualTo(DUE);
        assertThat(overview.deadlines().surchargeToday()).isEqualTo(Money.of("90.00"));
        assertThat(overview.deadlines().amountDueToday()).isEqualTo(Money.of("1090.00"));
        assertThat(overview.deadlines().paymentOverdue()).isTrue();
    }

    @Test
    void paying_the_fine_on_the_due_date_executes_the_decision() {
        // given
        givenADeliveredFine("1000.00");

        // when
        CaseOverview executed = world.service.execute(world.officer, JINHE, "case-1", 3,
                new Execute(DUE, Money.of("1000.00")));

        // then
        assertThat(executed.enforcementCase().status()).isEqualTo(CaseStatus.EXECUTED);
        assertThat(executed.enforcementCase().execution().surcharge()).isEqualTo(Money.ZERO);
        assertThat(executed.deadlines().amountDueToday()).isNull();
    }

    @Test
    void paying_late_without_the_surcharge_is_refused_by_enf11_naming_the_amount_due() {
        // given
        givenADeliveredFine("1000.00");

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.execute(world.officer, JINHE, "case-1",
                3, new Execute(DUE.plusDays(2), Money.of("1000.00"))));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-11");
        assertThat(refusal.arguments()).containsExactly("1060.00", "1000.00", "60.00", 2L);
    }

    @Test
    void paying_late_with_the_surcharge_keeps_it() {
        // given
        givenADeliveredFine("1000.00");

        // when
        CaseOverview executed = world.service.execute(world.officer, JINHE, "case-1", 3,
                new Execute(DUE.plusDays(2), Money.of("1060.00")));

        // then
        assertThat(executed.enforcementCase().execution().surcharge()).isEqualTo(Money.of("60.00"));
        assertThat(executed.enforcementCase().execution().amountPaid()).isEqualTo(Money.of("1060.00"));
    }

    @Test
    void a_fine_needs_the_amount_paid() {
        // given
        givenADeliveredFine("1000.00");

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.execute(world.officer, JINHE, "case-1",
                3, new Execute(DUE, null)));

        // then
        assertThat(refusal.violations()).extracting(v -> v.field()).containsExactly("amountPaid");
    }

    @Test
    void a_warning_has_nothing_to_execute() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).notifiedOn(LocalDate.of(2025, 5, 20), warning(), false)
                .decidedOn(DELIVERED, warning(), true).deliveredOn(DELIVERED));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.execute(world.officer, JINHE, "case-1",
                3, new Execute(DUE, null)));

        // then
        assertThat(refusal.violations()).extracting(v -> v.messageKey())
                .containsExactly("enforcementCase.execute.nothingToExecute");
    }
}
