package fazhi.enforcement.cases;

import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.ApproveExtension;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Decide;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.fine;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** ENF-04: an ordinary case is decided within 90 days of filing, unless a leader extended it with a reason. */
class Enf04DecisionDeadlineTest {

    private static final LocalDate FILED = LocalDate.of(2025, 3, 1);
    private static final LocalDate DAY_90 = FILED.plusDays(90);

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    Enf04DecisionDeadlineTest() {
        world.today(LocalDate.of(2025, 9, 30));
    }

    private void givenANotifiedCase() {
        world.given(aCase().withId("case-1").violatedOn(FILED.minusDays(5)).discoveredOn(FILED.minusDays(1))
                .filedOn(FILED).atVersion(3).notifiedOfFine(FILED.plusDays(30), "800.00"));
    }

    @Test
    void the_decision_is_due_90_days_after_filing() {
        // given
        givenANotifiedCase();

        // when
        CaseOverview overview = world.service.get(world.officer, JINHE, "case-1");

        // then
        assertThat(DAY_90).isEqualTo(LocalDate.of(2025, 5, 30));
        assertThat(overview.deadlines().decisionDueOn()).isEqualTo(DAY_90);
        assertThat(overview.deadlines().decisionOverdue()).isTrue();
    }

    @Test
    void deciding_on_day_90_is_in_time() {
        // given
        givenANotifiedCase();

        // when
        CaseOverview decided = world.service.decide(world.officer, JINHE, "case-1", 3,
                new Decide(DAY_90, fine("800.00"), false));

        // then
        assertThat(decided.enforcementCase().status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void deciding_on_day_91_is_refused_by_enf04() {
        // given
        givenANotifiedCase();

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                3, new Decide(DAY_90.plusDays(1), fine("800.00"), false)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-04");
        assertThat(refusal.arguments()).containsExactly(FILED, DAY_90);
    }

    @Test
    void a_leader_extends_the_deadline_with_a_reason() {
        // given
        givenANotifiedCase();

        // when
        CaseOverview extended = world.service.approveExtension(world.leader, JINHE, "case-1", 3,
                new ApproveExtension("需要技术鉴定", DAY_90.plusDays(30)));

        // then
        assertThat(extended.deadlines().decisionDueOn()).isEqualTo(DAY_90.plusDays(30));
        assertThat(extended.enforcementCase().extension().approvedBy()).isEqualTo("zhao.mayor");
        assertThat(world.auditLog.last().action()).isEqualTo("enforcement-case.extension-approved");
    }

    @Test
    void after_an_extension_day_91_is_in_time_up_to_the_new_date() {
        // given
        givenANotifiedCase();
        world.service.approveExtension(world.leader, JINHE, "case-1", 3,
                new ApproveExtension("需要技术鉴定", DAY_90.plusDays(30)));

        // when
        CaseOverview decided = world.service.decide(world.officer, JINHE, "case-1", 4,
                new Decide(DAY_90.plusDays(30), fine("800.00"), false));

        // then
        assertThat(decided.enforcementCase().status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void after_an_extension_the_day_after_the_new_date_is_refused_by_enf04() {
        // given
        givenANotifiedCase();
        world.service.approveExtension(world.leader, JINHE, "case-1", 3,
                new ApproveExtension("需要技术鉴定", DAY_90.plusDays(30)));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                4, new Decide(DAY_90.plusDays(31), fine("800.00"), false)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-04");
    }

    @Test
    void an_officer_may_not_approve_an_extension() {
        // given
        givenANotifiedCase();

        // when / then
        thrown(AccessDenied.class, () -> world.service.approveExtension(world.officer, JINHE, "case-1", 3,
                new ApproveExtension("需要技术鉴定", DAY_90.plusDays(30))));
    }

    @Test
    void an_extension_without_a_reason_is_refused_on_reason() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> new ApproveExtension(" ", DAY_90.plusDays(30)));

        // then
        assertThat(refusal.violations()).extracting(v -> v.field()).containsExactly("reason");
    }

    @Test
    void an_extension_must_move_the_date_later() {
        // given
        givenANotifiedCase();

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.approveExtension(world.leader, JINHE,
                "case-1", 3, new ApproveExtension("需要技术鉴定", DAY_90)));

        // then
        assertThat(refusal.violations()).extracting(v -> v.field()).containsExactly("until");
    }

    @Test
    void the_simple_procedure_has_no_decision_deadline() {
        // given
        world.given(aCase().withId("case-1").simple().filedOn(FILED));

        // when
        CaseOverview overview = world.service.get(world.officer, JINHE, "case-1");

        // then
        assertThat(overview.deadlines().decisionDueOn()).isNull();
        assertThat(overview.allowedActions()).doesNotContain(fazhi.enforcement.model.CaseAction.APPROVE_EXTENSION);
    }
}
