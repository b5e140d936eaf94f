package fazhi.contract;

import fazhi.contract.port.in.ContractOverview;
import fazhi.contract.port.in.ManagingContracts.Approve;
import fazhi.contract.port.in.ManagingContracts.Terminate;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.testing.ContractFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.ContractBuilder.aContract;
import static fazhi.testing.ContractDetailsBuilder.contractDetails;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** Who keeps the ledger (staff, leader), who approves and terminates (leader), who sees personal data whole. */
class ContractRolesTest {

    private final ContractFixture world = new ContractFixture();

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICER", "LEGAL_REVIEWER", "AUDITOR", "COUNTY_SYSTEM", "ADMIN"})
    void only_staff_and_leaders_register(Role role) {
        // when / then
        thrown(AccessDenied.class, () -> world.service.register(a(role).of(JINHE).build(), JINHE,
                contractDetails().build()));
    }

    @Test
    void only_a_leader_approves_and_terminates() {
        // given
        world.given(aContract());
        world.given(aContract().withId("contract-2").numbered(2).performing());

        // when / then
        thrown(AccessDenied.class, () -> world.service.approve(world.staff, JINHE, "contract-1", 3,
                new Approve(null, null)));
        thrown(AccessDenied.class, () -> world.service.terminate(world.staff, JINHE, "contract-2", 3,
                new Terminate(null, "理由")));
    }

    @Test
    void another_townships_contract_is_not_found() {
        // given
        world.given(aContract());
        Actor gaocunLeader = a(Role.LEADER).of(GAOCUN).build();

        // when / then
        thrown(RecordNotFound.class, () -> world.service.get(gaocunLeader, JINHE, "contract-1"));
        thrown(RecordNotFound.class, () -> world.service.get(gaocunLeader, GAOCUN, "contract-1"));
    }

    @Test
    void a_persons_identity_number_and_phone_are_whole_for_those_who_work_contracts_and_masked_for_others() {
        // given
        world.given(aContract().with(contractDetails().withAPerson()));

        // when
        ContractOverview byClerk = world.service.get(world.staff, JINHE, "contract-1");
        ContractOverview byAuditor = world.service.get(world.auditor, JINHE, "contract-1");

        // then
        assertThat(byClerk.counterparty().idNumber()).isEqualTo("110101199003074477");
        assertThat(byClerk.counterparty().masked()).isFalse();
        assertThat(byAuditor.counterparty().idNumber()).isEqualTo("110***********4477");
        assertThat(byAuditor.counterparty().phone()).isEqualTo("139****2222");
        assertThat(byAuditor.counterparty().masked()).isTrue();
    }

    @Test
    void the_audit_trail_masks_the_identity_number() {
        // when
        world.service.register(world.staff, JINHE, contractDetails().withAPerson().build());

        // then
        assertThat(world.auditLog.last().changes().get("counterparty.idNumber").after())
                .isEqualTo("110***********4477");
    }
}
