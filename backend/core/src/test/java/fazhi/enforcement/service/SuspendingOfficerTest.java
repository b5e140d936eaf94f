package fazhi.enforcement.service;

import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.OfficerStatus;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.InvalidInput.FieldViolation;
import fazhi.shared.model.Role;
import fazhi.shared.port.out.AuditLog;
import fazhi.testing.OfficerRegisterFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.OfficerBuilder.anOfficer;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class SuspendingOfficerTest {

    private final OfficerRegisterFixture world = new OfficerRegisterFixture();
    private final Actor mayor = a(Role.LEADER).named("zhao.mayor").of(JINHE).build();

    @Test
    void a_suspended_officer_keeps_the_reason() {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(3));

        // when
        Officer suspended = world.service.suspend(mayor, JINHE, "officer-1", 3, "  涉嫌违纪，停职调查 ");

        // then
        assertThat(suspended.status()).isEqualTo(OfficerStatus.SUSPENDED);
        assertThat(suspended.suspensionReason()).isEqualTo("涉嫌违纪，停职调查");
        assertThat(world.officers.stored("officer-1").status()).isEqualTo(OfficerStatus.SUSPENDED);
    }

    @Test
    void suspending_is_audited_with_the_status_and_the_reason() {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(3));

        // when
        world.service.suspend(mayor, JINHE, "officer-1", 3, "涉嫌违纪，停职调查");

        // then
        AuditLog.Entry entry = world.auditLog.last();
        assertThat(entry.action()).isEqualTo("officer.suspended");
        assertThat(entry.actor()).isEqualTo("zhao.mayor");
        assertThat(entry.changes()).containsOnly(
                entry("status", new Change("ACTIVE", "SUSPENDED")),
                entry("suspensionReason", new Change(null, "涉嫌违纪，停职调查")));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void suspending_without_a_reason_is_refused_on_reason(String reason) {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(3));

        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.service.suspend(mayor, JINHE, "officer-1", 3, reason));

        // then
        assertThat(refusal.violations()).containsExactly(new FieldViolation("reason", "field.required", List.of()));
        assertThat(world.officers.saves()).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void a_reason_longer_than_500_characters_is_refused_as_too_long() {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(3));

        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.service.suspend(mayor, JINHE, "officer-1", 3, "因".repeat(501)));

        // then
        assertThat(refusal.violations()).containsExactly(new FieldViolation("reason", "field.tooLong", List.of(500)));
        assertThat(world.officers.stored("officer-1").status()).isEqualTo(OfficerStatus.ACTIVE);
    }

    @Test
    void a_reason_of_500_characters_is_accepted() {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(3));

        // when
        Officer suspended = world.service.suspend(mayor, JINHE, "officer-1", 3, "因".repeat(500));

        // then
        assertThat(suspended.suspensionReason()).hasSize(500);
    }

    @Test
    void suspending_a_suspended_officer_is_refused_on_status() {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(3).suspendedBecause("证件过期"));

        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.service.suspend(mayor, JINHE, "officer-1", 3, "再次停职"));

        // then
        assertThat(refusal.violations()).containsExactly(new FieldViolation("status", "officer.status.transition",
                List.of(OfficerStatus.SUSPENDED, OfficerStatus.SUSPENDED)));
        assertThat(world.officers.stored("officer-1").suspensionReason()).isEqualTo("证件过期");
        assertThat(world.auditLog.entries()).isEmpty();
    }
}
