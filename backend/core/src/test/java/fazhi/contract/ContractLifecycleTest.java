package fazhi.contract;

import fazhi.contract.model.ContractAction;
import fazhi.contract.model.ContractStatus;
import fazhi.contract.model.MilestoneKind;
import fazhi.contract.port.in.ContractOverview;
import fazhi.contract.port.in.ManagingContracts.Archive;
import fazhi.contract.port.in.ManagingContracts.Complete;
import fazhi.contract.port.in.ManagingContracts.Terminate;
import fazhi.contract.port.in.ManagingContracts.AddMilestone;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;
import fazhi.shared.model.StaleRecord;
import fazhi.testing.ContractFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.ContractBuilder.aContract;
import static fazhi.testing.ContractDetailsBuilder.contractDetails;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** A contract from registration to the archive: numbers, the states and their order, the audit trail. */
class ContractLifecycleTest {

    private final ContractFixture world = new ContractFixture();

    @Test
    void a_registered_contract_is_a_draft_with_the_next_number_of_its_township_and_year() {
        // given
        world.contracts.counterAt(JINHE, 2025, 2);

        // when
        ContractOverview registered = world.service.register(world.staff, JINHE, contractDetails().build());
        ContractOverview elsewhere = world.service.register(
                fazhi.testing.ActorBuilder.a(fazhi.shared.model.Role.STAFF).of(GAOCUN).build(), GAOCUN,
                contractDetails().build());

        // then
        assertThat(registered.contract().number().toString()).isEqualTo("锦和合〔2025〕第3号");
        assertThat(elsewhere.contract().number().toString()).isEqualTo("高村合〔2025〕第1号");
        assertThat(registered.contract().status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(registered.contract().registeredOn()).isEqualTo(ContractFixture.TODAY);
        assertThat(registered.allowedActions()).contains(ContractAction.EDIT, ContractAction.SUBMIT_FOR_REVIEW)
                .doesNotContain(ContractAction.APPROVE);
        assertThat(world.auditLog.last().action()).isEqualTo("contract.registered");
        assertThat(world.auditLog.last().changes().get("counterparty.name").after()).isEqualTo("麻阳兴旺建筑有限公司");
    }

    @Test
    void the_next_year_starts_at_number_one() {
        // given
        world.contracts.counterAt(JINHE, 2025, 41);
        world.today(LocalDate.of(2026, 1, 2));

        // when
        ContractOverview registered = world.service.register(world.staff, JINHE, contractDetails().build());

        // then
        assertThat(registered.contract().number().toString()).isEqualTo("锦和合〔2026〕第1号");
    }

    @Test
    void the_leader_sees_the_approval_the_clerk_does_not() {
        // given
        world.given(aContract());

        // then
        assertThat(world.service.get(world.leader, JINHE, "contract-1").allowedActions())
                .contains(ContractAction.APPROVE);
        assertThat(world.service.get(world.staff, JINHE, "contract-1").allowedActions())
                .doesNotContain(ContractAction.APPROVE);
        assertThat(world.service.get(world.auditor, JINHE, "contract-1").allowedActions()).isEmpty();
    }

    @Test
    void a_contract_performed_is_completed_once_its_milestones_are_met_then_archived() {
        // given
        world.given(aContract().performing());
        world.service.addMilestone(world.staff, JINHE, "contract-1", 3,
                new AddMilestone(MilestoneKind.ACCEPTANCE, "竣工验收", LocalDate.of(2025, 12, 20), null));

        // when
        InvalidInput refused = thrown(InvalidInput.class, () -> world.service.complete(world.staff, JINHE,
                "contract-1", 4, new Complete(null)));
        world.service.completeMilestone(world.staff, JINHE, "contract-1", 4, 1,
                new fazhi.contract.port.in.ManagingContracts.CompleteMilestone(null, "验收合格",
                        java.util.List.of("evidence-file")));
        ContractOverview completed = world.service.complete(world.staff, JINHE, "contract-1", 5, new Complete(null));
        ContractOverview archived = world.service.archive(world.staff, JINHE, "contract-1", 6, new Archive(null));

        // then
        assertThat(refused.violations().get(0).field()).isEqualTo("milestones");
        assertThat(completed.contract().status()).isEqualTo(ContractStatus.COMPLETED);
        assertThat(archived.contract().status()).isEqualTo(ContractStatus.ARCHIVED);
        assertThat(archived.contract().archivedOn()).isEqualTo(ContractFixture.TODAY);
        assertThat(archived.allowedActions()).isEmpty();
        assertThat(archived.contract().filesPointedTo()).containsExactly("signed-file", "evidence-file");
    }

    @Test
    void the_leader_terminates_a_contract_with_a_reason() {
        // given
        world.given(aContract().performing());

        // when
        ContractOverview terminated = world.service.terminate(world.leader, JINHE, "contract-1", 3,
                new Terminate(null, "施工方无力继续履约，双方协商解除"));

        // then
        assertThat(terminated.contract().status()).isEqualTo(ContractStatus.TERMINATED);
        assertThat(terminated.contract().termination().terminatedBy()).isEqualTo("zhao.mayor");
        assertThat(world.auditLog.last().changes().get("termination.reason").after())
                .isEqualTo("施工方无力继续履约，双方协商解除");
    }

    @Test
    void a_draft_is_not_signed_nor_archived() {
        // given
        world.given(aContract());

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.archive(world.staff, JINHE,
                "contract-1", 3, new Archive(null)));

        // then
        assertThat(refusal.violations().get(0).messageKey()).isEqualTo("contract.status.transition");
    }

    @Test
    void a_date_after_today_is_refused() {
        // given
        world.given(aContract().performing());

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.terminate(world.leader, JINHE,
                "contract-1", 3, new Terminate(ContractFixture.TODAY.plusDays(1), "理由")));

        // then
        assertThat(refusal.violations().get(0).field()).isEqualTo("terminatedOn");
    }

    @Test
    void a_change_based_on_an_old_version_is_refused_sys02() {
        // given
        world.given(aContract().performing().atVersion(5));

        // when / then
        thrown(StaleRecord.class, () -> world.service.terminate(world.leader, JINHE, "contract-1", 4,
                new Terminate(null, "理由")));
    }

    @Test
    void the_view_shows_the_plan_paid_and_unpaid() {
        // given
        world.given(aContract().with(contractDetails().worth("300000.00")).performing());

        // when
        world.service.addMilestone(world.staff, JINHE, "contract-1", 3, new AddMilestone(MilestoneKind.PAYMENT,
                "预付款", LocalDate.of(2025, 7, 10), Money.of("90000.00")));
        ContractOverview planned = world.service.addMilestone(world.staff, JINHE, "contract-1", 4,
                new AddMilestone(MilestoneKind.PAYMENT, "进度款", LocalDate.of(2025, 9, 30), Money.of("150000.00")));

        // then
        assertThat(planned.performance().paid()).isEqualTo(Money.ZERO);
        assertThat(planned.performance().unpaid()).isEqualTo(Money.of("300000.00"));
        assertThat(planned.performance().nextMilestone().title()).isEqualTo("预付款");
        assertThat(planned.milestones()).extracting(m -> m.allowedActions()).containsOnly(java.util.List.of("waive"));
    }
}
