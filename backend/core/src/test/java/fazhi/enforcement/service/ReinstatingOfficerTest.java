package fazhi.enforcement.service;

import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.OfficerStatus;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.InvalidInput.FieldViolation;
import fazhi.shared.model.Role;
import fazhi.testing.OfficerRegisterFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.OfficerBuilder.anOfficer;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ReinstatingOfficerTest {

    private final OfficerRegisterFixture world = new OfficerRegisterFixture();
    private final Actor mayor = a(Role.LEADER).named("zhao.mayor").of(JINHE).build();

    @Test
    void a_reinstated_officer_is_active_again_without_a_suspension_reason() {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(5).suspendedBecause("证件过期"));

        // when
        Officer reinstated = world.service.reinstate(mayor, JINHE, "officer-1", 5);

        // then
        assertThat(reinstated.status()).isEqualTo(OfficerStatus.ACTIVE);
        assertThat(reinstated.suspensionReason()).isNull();
        assertThat(reinstated.version()).isEqualTo(6);
    }

    @Test
    void reinstating_is_audited_with_the_status_and_the_cleared_reason() {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(5).suspendedBecause("证件过期"));

        // when
        world.service.reinstate(mayor, JINHE, "officer-1", 5);

        // then
        assertThat(world.auditLog.last().action()).isEqualTo("officer.reinstated");
        assertThat(world.auditLog.last().changes()).containsOnly(
                entry("status", new Change("SUSPENDED", "ACTIVE")),
                entry("suspensionReason", new Change("证件过期", null)));
    }

    @Test
    void reinstating_an_active_officer_is_refused_on_status() {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(5));

        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.service.reinstate(mayor, JINHE, "officer-1", 5));

        // then
        assertThat(refusal.violations()).containsExactly(new FieldViolation("status", "officer.status.transition",
                List.of(OfficerStatus.ACTIVE, OfficerStatus.ACTIVE)));
        assertThat(world.officers.saves()).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }
}
