package fazhi.enforcement.service;

import fazhi.enforcement.model.Inspection;
import fazhi.enforcement.port.in.InspectionItemQuery;
import fazhi.enforcement.port.in.InspectionQuery;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.testing.InspectionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.InspectionDraftBuilder.aDraft;
import static fazhi.testing.InspectionItemBuilder.anItem;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

/** Who may read the inspections, propose them, approve them; another township's answer as if they did not exist. */
class InspectionRolesTest {

    private final InspectionFixture world = new InspectionFixture();
    private final PageRequest firstPage = PageRequest.of(0, 20, null, InspectionQuery.SORTABLE,
            InspectionQuery.DEFAULT_SORT);

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_township_role_reads_inspections_and_items(Role role) {
        // given
        Inspection inspection = world.proposed(aDraft());
        Actor reader = a(role).of(JINHE).build();

        // then
        assertThat(world.service.get(reader, JINHE, inspection.id()).id()).isEqualTo(inspection.id());
        assertThat(world.service.list(reader, JINHE, InspectionQuery.all(), firstPage).total()).isEqualTo(1);
        assertThat(world.itemList.list(reader, JINHE, InspectionItemQuery.all(), PageRequest.of(0, 20, null,
                InspectionItemQuery.SORTABLE, InspectionItemQuery.DEFAULT_SORT)).total()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICER", "LEADER"}, mode = EXCLUDE)
    void only_officers_and_leaders_propose(Role role) {
        // when
        AccessDenied refusal = thrown(AccessDenied.class,
                () -> world.service.propose(a(role).of(JINHE).build(), JINHE, aDraft().build()));

        // then
        assertThat(refusal.allowed()).containsExactlyInAnyOrder(Role.OFFICER, Role.LEADER);
        assertThat(world.inspections.saves()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"LEADER"}, mode = EXCLUDE)
    void only_a_leader_approves(Role role) {
        // given
        Inspection proposed = world.proposed(aDraft());

        // when
        AccessDenied refusal = thrown(AccessDenied.class, () -> world.service.approve(a(role).of(JINHE).build(),
                JINHE, proposed.id(), proposed.version(), false));

        // then
        assertThat(refusal.allowed()).containsExactly(Role.LEADER);
    }

    @Test
    void another_townships_leader_finds_nothing_sys04() {
        // given
        Inspection proposed = world.proposed(aDraft());
        Actor gaocunLeader = a(Role.LEADER).of(GAOCUN).build();

        // then
        thrown(RecordNotFound.class, () -> world.service.get(gaocunLeader, JINHE, proposed.id()));
        thrown(RecordNotFound.class, () -> world.service.approve(gaocunLeader, JINHE, proposed.id(),
                proposed.version(), false));
        thrown(RecordNotFound.class, () -> world.service.get(gaocunLeader, GAOCUN, proposed.id()));
    }

    @Test
    void an_items_publication_is_for_a_leader() {
        // given
        world.given(anItem().withId("item-draft").coded("JH-JC-009").unpublished());

        // when
        AccessDenied refusal = thrown(AccessDenied.class,
                () -> world.itemList.publish(world.clerk, JINHE, "item-draft", 1));

        // then
        assertThat(refusal.allowed()).containsExactly(Role.LEADER);
    }
}
