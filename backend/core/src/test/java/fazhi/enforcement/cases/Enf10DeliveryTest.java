package fazhi.enforcement.cases;

import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Deliver;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.fine;
import static fazhi.testing.EnforcementCaseBuilder.warning;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** ENF-10: the decision is delivered on the spot when the party is there, within 7 days when absent. */
class Enf10DeliveryTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 6, 10);

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    private void givenDecided(boolean partyPresent) {
        world.given(aCase().withId("case-1").atVersion(3).notifiedOn(LocalDate.of(2025, 6, 1), warning(), false)
                .decidedOn(DECIDED, warning(), partyPresent));
    }

    @Test
    void an_absent_party_is_due_the_decision_7_days_later() {
        // given
        givenDecided(false);

        // when
        CaseOverview overview = world.service.get(world.officer, JINHE, "case-1");

        // then
        assertThat(overview.deadlines().deliveryDueOn()).isEqualTo(DECIDED.plusDays(7));
    }

    @Test
    void delivering_on_day_7_is_in_time() {
        // given
        givenDecided(false);

        // when
        CaseOverview delivered = world.service.deliver(world.officer, JINHE, "case-1", 3,
                new Deliver(DECIDED.plusDays(7), "邮寄送达", null));

        // then
        assertThat(delivered.enforcementCase().status()).isEqualTo(CaseStatus.DELIVERED);
        assertThat(delivered.enforcementCase().delivery().method()).isEqualTo("邮寄送达");
    }

    @Test
    void delivering_on_day_8_without_a_reason_is_refused_by_enf10() {
        // given
        givenDecided(false);

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.deliver(world.officer, JINHE, "case-1",
                3, new Deliver(DECIDED.plusDays(8), "邮寄送达", null)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-10");
        assertThat(refusal.messageKey()).isEqualTo("enf10.deliveryLate.absent");
        assertThat(refusal.arguments()).containsExactly(DECIDED.plusDays(7), 7);
    }

    @Test
    void a_late_delivery_with_its_reason_is_kept_and_shown() {
        // given
        givenDecided(false);

        // when
        CaseOverview delivered = world.service.deliver(world.officer, JINHE, "case-1", 3,
                new Deliver(DECIDED.plusDays(8), "留置送达", "当事人外出务工，联系不上"));

        // then
        assertThat(delivered.enforcementCase().delivery().lateReason()).isEqualTo("当事人外出务工，联系不上");
    }

    @Test
    void a_present_party_is_delivered_on_the_spot() {
        // given
        givenDecided(true);

        // when
        CaseOverview delivered = world.service.deliver(world.officer, JINHE, "case-1", 3,
                new Deliver(DECIDED, "当场交付", null));

        // then
        assertThat(delivered.enforcementCase().delivery().deliveredOn()).isEqualTo(DECIDED);
    }

    @Test
    void a_present_party_delivered_the_next_day_needs_a_reason() {
        // given
        givenDecided(true);

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.deliver(world.officer, JINHE, "case-1",
                3, new Deliver(DECIDED.plusDays(1), "直接送达", null)));

        // then: the refusal says what the rule is for a present party (当场交付), not "within 0 days"
        assertThat(refusal.ruleId()).isEqualTo("ENF-10");
        assertThat(refusal.messageKey()).isEqualTo("enf10.deliveryLate.present");
        assertThat(refusal.arguments()).containsExactly(DECIDED);
    }

    @Test
    void an_overdue_delivery_is_flagged_in_the_deadlines() {
        // given
        world.given(aCase().withId("case-1").notifiedOfFine(LocalDate.of(2025, 6, 1), "500.00")
                .decidedOn(DECIDED, fine("500.00"), false));
        world.today(DECIDED.plusDays(8));

        // when
        CaseOverview overview = world.service.get(world.officer, JINHE, "case-1");

        // then
        assertThat(overview.deadlines().deliveryOverdue()).isTrue();
        assertThat(overview.deadlines().next()).hasValueSatisfying(d -> assertThat(d.daysLeft()).isEqualTo(-1));
    }
}
