package fazhi.enforcement.service;

import fazhi.enforcement.model.OfficerStatus;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Role;
import fazhi.shared.model.StaleRecord;
import fazhi.testing.OfficerRegisterFixture;
import org.junit.jupiter.api.Test;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.OfficerBuilder.anOfficer;
import static fazhi.testing.OfficerDetailsBuilder.officerDetails;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** SYS-02: a change based on a version that is no longer current overwrites nothing. */
class Sys02StaleVersionTest {

    private final OfficerRegisterFixture world = new OfficerRegisterFixture();
    private final Actor mayor = a(Role.LEADER).of(JINHE).build();

    @Test
    void an_update_based_on_an_older_version_is_refused_and_nothing_is_saved_or_audited() {
        // given: someone else changed the officer since version 3 was read
        world.given(anOfficer().withId("officer-1").atVersion(4).with(officerDetails().named("李明")));

        // when
        StaleRecord refusal = thrown(StaleRecord.class, () -> world.service.update(mayor, JINHE,
                "officer-1", 3, officerDetails().named("李明华").build()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("SYS-02");
        assertThat(refusal.messageKey()).isEqualTo("record.stale");
        assertThat(refusal.arguments()).containsExactly("officer", "officer-1", 3L, 4L);
        assertThat(world.officers.saves()).isEmpty();
        assertThat(world.officers.stored("officer-1").details().name()).isEqualTo("李明");
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void a_suspension_based_on_an_older_version_is_refused_and_nothing_is_saved_or_audited() {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(4));

        // when
        StaleRecord refusal = thrown(StaleRecord.class,
                () -> world.service.suspend(mayor, JINHE, "officer-1", 3, "涉嫌违纪"));

        // then
        assertThat(refusal.ruleId()).isEqualTo("SYS-02");
        assertThat(world.officers.saves()).isEmpty();
        assertThat(world.officers.stored("officer-1").status()).isEqualTo(OfficerStatus.ACTIVE);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void a_reinstatement_based_on_an_older_version_is_refused_and_nothing_is_saved_or_audited() {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(4).suspendedBecause("证件过期"));

        // when
        StaleRecord refusal = thrown(StaleRecord.class,
                () -> world.service.reinstate(mayor, JINHE, "officer-1", 3));

        // then
        assertThat(refusal.ruleId()).isEqualTo("SYS-02");
        assertThat(world.officers.saves()).isEmpty();
        assertThat(world.officers.stored("officer-1").status()).isEqualTo(OfficerStatus.SUSPENDED);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void a_version_ahead_of_the_stored_one_is_stale_too() {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(4));

        // when
        StaleRecord refusal = thrown(StaleRecord.class, () -> world.service.update(mayor, JINHE,
                "officer-1", 5, officerDetails().build()));

        // then
        assertThat(refusal.arguments()).containsExactly("officer", "officer-1", 5L, 4L);
        assertThat(world.officers.saves()).isEmpty();
    }

    @Test
    void two_changes_from_the_same_read_the_second_is_refused() {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(4));
        world.service.update(mayor, JINHE, "officer-1", 4, officerDetails().named("李明华").build());

        // when
        StaleRecord refusal = thrown(StaleRecord.class, () -> world.service.update(mayor, JINHE,
                "officer-1", 4, officerDetails().named("李明").build()));

        // then
        assertThat(refusal).isNotNull();
        assertThat(world.officers.stored("officer-1").details().name()).isEqualTo("李明华");
        assertThat(world.auditLog.entries()).hasSize(1);
    }
}
