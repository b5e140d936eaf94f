package fazhi.enforcement.cases;

import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.Outcome;
import fazhi.enforcement.model.StepState;
import fazhi.enforcement.model.CaseStep;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Decide;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Notify;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.fine;
import static fazhi.testing.EnforcementCaseBuilder.firstViolation;
import static fazhi.testing.EnforcementCaseBuilder.warning;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** ENF-05: no penalty before the party was told of it and of the rights to statement, defence and hearing. */
class Enf05NoticeBeforeDecisionTest {

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    @Test
    void a_penalty_without_a_notice_is_refused_by_enf05() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).investigatedOn(LocalDate.of(2025, 5, 6)));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                3, new Decide(LocalDate.of(2025, 6, 10), fine("500.00"), false)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-05");
        assertThat(refusal.messageKey()).isEqualTo("enf05.noNotice");
        assertThat(refusal.legalBasis()).isEqualTo("《行政处罚法》第44条、第45条");
    }

    @Test
    void a_penalty_dated_before_the_notice_is_refused_by_enf05() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).notifiedOfFine(LocalDate.of(2025, 6, 10), "500.00"));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                3, new Decide(LocalDate.of(2025, 6, 9), fine("500.00"), false)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-05");
        assertThat(refusal.messageKey()).isEqualTo("enf05.noticeAfterDecision");
    }

    @Test
    void a_fine_above_the_one_notified_is_refused_by_enf05() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).notifiedOfFine(LocalDate.of(2025, 6, 1), "500.00"));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                3, new Decide(LocalDate.of(2025, 6, 10), fine("500.01"), false)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-05");
        assertThat(refusal.messageKey()).isEqualTo("enf05.heavierThanNotified");
    }

    @Test
    void a_fine_after_a_notified_warning_is_refused_by_enf05() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).notifiedOn(LocalDate.of(2025, 6, 1), warning(), false));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                3, new Decide(LocalDate.of(2025, 6, 10), fine("100.00"), false)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-05");
    }

    @Test
    void a_lighter_penalty_than_notified_is_allowed() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).notifiedOfFine(LocalDate.of(2025, 6, 1), "500.00"));

        // when
        CaseOverview decided = world.service.decide(world.officer, JINHE, "case-1", 3,
                new Decide(LocalDate.of(2025, 6, 10), warning(), false));

        // then
        assertThat(decided.enforcementCase().status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void no_penalty_needs_no_notice_and_the_notice_step_shows_as_skipped() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).investigatedOn(LocalDate.of(2025, 5, 6)));

        // when
        CaseOverview decided = world.service.decide(world.officer, JINHE, "case-1", 3,
                new Decide(LocalDate.of(2025, 6, 10), firstViolation(), true));

        // then
        assertThat(decided.enforcementCase().status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.steps()).filteredOn(s -> s.step() == CaseStep.NOTIFY)
                .extracting(s -> s.state()).containsExactly(StepState.SKIPPED);
    }

    @Test
    void a_notice_must_tell_the_rights_to_statement_and_defence() {
        // given
        world.given(aCase().withId("case-1").atVersion(3));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.notify(world.officer, JINHE, "case-1",
                3, new Notify(LocalDate.of(2025, 6, 1), fine("500.00"), false, false, null)));

        // then
        assertThat(refusal.violations()).extracting(v -> v.field()).containsExactly("statementAndDefenceNotified");
    }

    @Test
    void a_notice_is_of_an_intended_penalty() {
        // given
        world.given(aCase().withId("case-1").atVersion(3));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.notify(world.officer, JINHE, "case-1",
                3, new Notify(LocalDate.of(2025, 6, 1), new Outcome.NoPenaltyMinor("轻微"), false, true, null)));

        // then
        assertThat(refusal.violations()).extracting(v -> v.field()).containsExactly("intendedOutcome.kind");
    }

    @Test
    void the_notice_keeps_the_intended_penalty_and_the_rights() {
        // given
        world.given(aCase().withId("case-1").atVersion(3));

        // when
        CaseOverview notified = world.service.notify(world.officer, JINHE, "case-1", 3,
                new Notify(LocalDate.of(2025, 6, 1), fine("500.00"), false, true, "直接送达"));

        // then
        assertThat(notified.enforcementCase().status()).isEqualTo(CaseStatus.NOTIFIED);
        assertThat(notified.enforcementCase().notice().intendedOutcome()).isEqualTo(fine("500.00"));
        assertThat(notified.enforcementCase().notice().statementAndDefenceNotified()).isTrue();
        assertThat(world.auditLog.last().action()).isEqualTo("enforcement-case.notified");
    }
}
