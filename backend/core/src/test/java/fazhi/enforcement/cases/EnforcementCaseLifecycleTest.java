package fazhi.enforcement.cases;

import fazhi.enforcement.model.CaseAction;
import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.CaseStep;
import fazhi.enforcement.model.ProcessRecord;
import fazhi.enforcement.model.Step;
import fazhi.enforcement.model.StepState;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Close;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Decide;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Deliver;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Execute;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.FileCase;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Investigate;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Notify;
import fazhi.shared.model.Change;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.model.Money;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.fine;
import static fazhi.testing.EnforcementCaseBuilder.warning;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** A case from filing to closing, its statuses, steps and audit trail. */
class EnforcementCaseLifecycleTest {

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    @Test
    void an_ordinary_fine_goes_from_filing_to_closing() {
        // given
        String id = world.service.file(world.officer, JINHE, new FileCase(aCase().details(),
                LocalDate.of(2025, 5, 5))).enforcementCase().id();

        // when
        world.service.investigate(world.officer, JINHE, id, 0, new Investigate(LocalDate.of(2025, 5, 6), "询问笔录"));
        world.service.notify(world.officer, JINHE, id, 1,
                new Notify(LocalDate.of(2025, 5, 20), fine("2000.00"), false, true, "直接送达"));
        world.service.decide(world.officer, JINHE, id, 2, new Decide(LocalDate.of(2025, 5, 26), fine("2000.00"), false));
        world.service.deliver(world.officer, JINHE, id, 3, new Deliver(LocalDate.of(2025, 5, 28), "直接送达", null));
        world.service.execute(world.officer, JINHE, id, 4, new Execute(LocalDate.of(2025, 6, 5), Money.of("2000.00")));
        world.service.recordProcess(world.officer, JINHE, id, 5, new ProcessRecord("记录仪-01", true, true, true));
        CaseOverview closed = world.service.close(world.officer, JINHE, id, 6, new Close(LocalDate.of(2025, 6, 6)));

        // then
        assertThat(closed.enforcementCase().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.enforcementCase().version()).isEqualTo(7);
        assertThat(closed.steps()).extracting(Step::state).containsExactly(StepState.DONE, StepState.DONE,
                StepState.DONE, StepState.SKIPPED, StepState.SKIPPED, StepState.DONE, StepState.DONE, StepState.DONE,
                StepState.DONE);
        assertThat(closed.allowedActions()).isEmpty();
        assertThat(world.service.get(world.leader, JINHE, id).allowedActions())
                .containsExactly(CaseAction.PUBLISH, CaseAction.REVOKE);
        assertThat(world.auditLog.entries()).extracting(AuditLog.Entry::action).containsExactly(
                "enforcement-case.filed", "enforcement-case.investigation-started", "enforcement-case.notified",
                "enforcement-case.decided", "enforcement-case.delivered", "enforcement-case.executed",
                "enforcement-case.process-recorded", "enforcement-case.closed");
    }

    @Test
    void a_warning_closes_after_delivery_with_nothing_to_execute() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).notifiedOn(LocalDate.of(2025, 6, 1), warning(), false)
                .decidedOn(LocalDate.of(2025, 6, 5), warning(), true).deliveredOn(LocalDate.of(2025, 6, 5))
                .withCompleteProcessRecord());

        // when
        CaseOverview closed = world.service.close(world.officer, JINHE, "case-1", 3, new Close(null));

        // then
        assertThat(closed.enforcementCase().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.steps()).filteredOn(s -> s.step() == CaseStep.EXECUTE).extracting(Step::state)
                .containsExactly(StepState.SKIPPED);
    }

    @Test
    void a_fine_is_not_closed_before_it_is_paid() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).notifiedOfFine(LocalDate.of(2025, 6, 1), "500.00")
                .decidedOn(LocalDate.of(2025, 6, 5), fine("500.00"), true).deliveredOn(LocalDate.of(2025, 6, 5))
                .withCompleteProcessRecord());

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.close(world.officer, JINHE, "case-1", 3,
                new Close(null)));

        // then
        assertThat(refusal.violations()).extracting(v -> v.messageKey())
                .containsExactly("enforcementCase.close.executeFirst");
    }

    @Test
    void the_current_step_is_the_first_one_not_done() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).investigatedOn(LocalDate.of(2025, 5, 6)));

        // when
        CaseOverview overview = world.service.get(world.officer, JINHE, "case-1");

        // then
        assertThat(overview.steps()).extracting(Step::step, Step::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CaseStep.FILE, StepState.DONE),
                org.assertj.core.groups.Tuple.tuple(CaseStep.INVESTIGATE, StepState.DONE),
                org.assertj.core.groups.Tuple.tuple(CaseStep.NOTIFY, StepState.CURRENT),
                org.assertj.core.groups.Tuple.tuple(CaseStep.HEARING, StepState.PENDING),
                org.assertj.core.groups.Tuple.tuple(CaseStep.LEGAL_REVIEW, StepState.SKIPPED),
                org.assertj.core.groups.Tuple.tuple(CaseStep.DECIDE, StepState.PENDING),
                org.assertj.core.groups.Tuple.tuple(CaseStep.DELIVER, StepState.PENDING),
                org.assertj.core.groups.Tuple.tuple(CaseStep.EXECUTE, StepState.PENDING),
                org.assertj.core.groups.Tuple.tuple(CaseStep.CLOSE, StepState.PENDING));
        assertThat(overview.allowedActions()).contains(CaseAction.NOTIFY, CaseAction.DECIDE, CaseAction.EDIT)
                .doesNotContain(CaseAction.INVESTIGATE, CaseAction.DELIVER);
    }

    @Test
    void a_case_decided_is_not_decided_again() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).notifiedOn(LocalDate.of(2025, 6, 1), warning(), false)
                .decidedOn(LocalDate.of(2025, 6, 5), warning(), true));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                3, new Decide(null, warning(), true)));

        // then
        assertThat(refusal.violations()).extracting(v -> v.field(), v -> v.messageKey()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("status", "enforcementCase.status.transition"));
    }

    @Test
    void an_action_dated_after_today_is_refused_naming_the_date() {
        // given
        world.given(aCase().withId("case-1").atVersion(3));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.investigate(world.officer, JINHE,
                "case-1", 3, new Investigate(EnforcementCaseFixture.TODAY.plusDays(1), null)));

        // then
        assertThat(refusal.violations()).extracting(v -> v.field()).containsExactly("startedOn");
    }

    @Test
    void an_action_dated_before_the_previous_step_is_refused() {
        // given
        world.given(aCase().withId("case-1").atVersion(3));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.notify(world.officer, JINHE, "case-1",
                3, new Notify(aCase().build().filedOn().minusDays(1), fine("100.00"), false, true, null)));

        // then
        assertThat(refusal.violations()).extracting(v -> v.field()).containsExactly("notifiedOn");
    }

    @Test
    void filing_is_audited_with_the_id_number_and_phone_masked() {
        // when
        CaseOverview filed = world.service.file(world.officer, JINHE, new FileCase(aCase().details(), null));

        // then
        AuditLog.Entry entry = world.auditLog.last();
        assertThat(entry.action()).isEqualTo("enforcement-case.filed");
        assertThat(entry.recordType()).isEqualTo("enforcement-case");
        assertThat(entry.recordId()).isEqualTo(filed.enforcementCase().id());
        assertThat(entry.changes().get("party.idNumber")).isEqualTo(new Change(null, "110***********4477"));
        assertThat(entry.changes().get("party.phone")).isEqualTo(new Change(null, "138****5678"));
        assertThat(entry.changes().toString()).doesNotContain("110101199003074477", "13812345678");
    }

    @Test
    void a_filed_case_defaults_to_today_and_keeps_what_was_filed() {
        // when
        CaseOverview filed = world.service.file(world.officer, JINHE, new FileCase(aCase().major().details(), null));

        // then
        assertThat(filed.enforcementCase().filedOn()).isEqualTo(EnforcementCaseFixture.TODAY);
        assertThat(filed.enforcementCase().details()).isEqualTo(aCase().major().details());
        assertThat(filed.enforcementCase().version()).isZero();
        assertThat(filed.enforcementCase().created().by()).isEqualTo("li.ming");
    }

    @Test
    void the_filing_is_edited_while_under_investigation_but_not_after_the_notice() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).investigatedOn(LocalDate.of(2025, 5, 6)));
        world.given(aCase().withId("case-2").atVersion(3).notifiedOfFine(LocalDate.of(2025, 6, 1), "100.00"));

        // when
        CaseOverview edited = world.service.edit(world.officer, JINHE, "case-1", 3,
                aCase().major().harmingLifeHealthOrProperty().details());
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.edit(world.officer, JINHE, "case-2", 3,
                aCase().details()));

        // then
        assertThat(edited.enforcementCase().details().major()).isTrue();
        assertThat(world.auditLog.last().changes()).containsOnlyKeys("major", "harmsLifeHealthOrProperty");
        assertThat(refusal.violations()).extracting(v -> v.field()).containsExactly("status");
    }
}
