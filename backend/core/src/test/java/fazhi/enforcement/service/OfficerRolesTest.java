package fazhi.enforcement.service;

import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.OfficerStatus;
import fazhi.enforcement.port.in.OfficerQuery;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Role;
import fazhi.testing.OfficerRegisterFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.OfficerBuilder.anOfficer;
import static fazhi.testing.OfficerDetailsBuilder.officerDetails;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

class OfficerRolesTest {

    private final OfficerRegisterFixture world = new OfficerRegisterFixture();
    private final PageRequest firstPage = PageRequest.of(0, 20, null, OfficerQuery.SORTABLE, OfficerQuery.DEFAULT_SORT);

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_township_role_reads_an_officer(Role role) {
        // given
        world.given(anOfficer().withId("officer-1").of(JINHE));
        Actor reader = a(role).of(JINHE).build();

        // when
        Officer officer = world.service.get(reader, JINHE, "officer-1");

        // then
        assertThat(officer.id()).isEqualTo("officer-1");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_township_role_lists_the_officers(Role role) {
        // given
        world.given(anOfficer().withId("officer-1").of(JINHE));
        Actor reader = a(role).of(JINHE).build();

        // then
        assertThat(world.service.list(reader, JINHE, OfficerQuery.all(), firstPage).total()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STAFF", "LEADER"})
    void clerks_and_leaders_register_officers(Role role) {
        // when
        Officer officer = world.service.register(a(role).of(JINHE).build(), JINHE, officerDetails().build());

        // then
        assertThat(world.officers.stored(officer.id())).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STAFF", "LEADER"}, mode = EXCLUDE)
    void no_other_role_registers_officers(Role role) {
        // when
        AccessDenied refusal = thrown(AccessDenied.class,
                () -> world.service.register(a(role).of(JINHE).build(), JINHE, officerDetails().build()));

        // then
        assertThat(refusal.allowed()).containsExactlyInAnyOrder(Role.STAFF, Role.LEADER);
        assertThat(world.officers.saves()).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STAFF", "LEADER"})
    void clerks_and_leaders_update_officers(Role role) {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(3));

        // when
        Officer updated = world.service.update(a(role).of(JINHE).build(), JINHE, "officer-1", 3,
                officerDetails().named("李明华").build());

        // then
        assertThat(updated.details().name()).isEqualTo("李明华");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STAFF", "LEADER"}, mode = EXCLUDE)
    void no_other_role_updates_officers(Role role) {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(3));

        // when
        AccessDenied refusal = thrown(AccessDenied.class, () -> world.service.update(
                a(role).of(JINHE).build(), JINHE, "officer-1", 3, officerDetails().named("李明华").build()));

        // then
        assertThat(refusal.allowed()).containsExactlyInAnyOrder(Role.STAFF, Role.LEADER);
        assertThat(world.officers.saves()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "LEADER", mode = EXCLUDE)
    void only_a_leader_suspends_an_officer(Role role) {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(3));

        // when
        AccessDenied refusal = thrown(AccessDenied.class,
                () -> world.service.suspend(a(role).of(JINHE).build(), JINHE, "officer-1", 3, "涉嫌违纪"));

        // then
        assertThat(refusal.allowed()).containsExactly(Role.LEADER);
        assertThat(world.officers.stored("officer-1").status()).isEqualTo(OfficerStatus.ACTIVE);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "LEADER", mode = EXCLUDE)
    void only_a_leader_reinstates_an_officer(Role role) {
        // given
        world.given(anOfficer().withId("officer-1").atVersion(3).suspendedBecause("证件过期"));

        // when
        AccessDenied refusal = thrown(AccessDenied.class,
                () -> world.service.reinstate(a(role).of(JINHE).build(), JINHE, "officer-1", 3));

        // then
        assertThat(refusal.allowed()).containsExactly(Role.LEADER);
        assertThat(world.officers.stored("officer-1").status()).isEqualTo(OfficerStatus.SUSPENDED);
    }
}
