package fazhi.enforcement.cases;

import fazhi.enforcement.model.CaseAction;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.FileCase;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Investigate;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.fine;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may read and act on cases, and who sees the party's personal data whole (DSP-04's mechanism). */
class EnforcementCaseRolesTest {

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    EnforcementCaseRolesTest() {
        world.given(aCase().withId("case-1").atVersion(3));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICER", "LEADER"})
    void officers_and_leaders_see_the_id_number_and_phone_whole(Role role) {
        // when
        CaseOverview overview = world.service.get(a(role).of(JINHE).build(), JINHE, "case-1");

        // then
        assertThat(overview.party().idNumber()).isEqualTo("110101199003074477");
        assertThat(overview.party().phone()).isEqualTo("13812345678");
        assertThat(overview.party().masked()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STAFF", "LEGAL_REVIEWER", "AUDITOR", "COUNTY_SYSTEM", "ADMIN"})
    void every_other_reader_sees_them_masked_and_may_do_nothing(Role role) {
        // when
        CaseOverview overview = world.service.get(a(role).of(JINHE).build(), JINHE, "case-1");

        // then
        assertThat(overview.party().idNumber()).isEqualTo("110***********4477");
        assertThat(overview.party().phone()).isEqualTo("138****5678");
        assertThat(overview.party().masked()).isTrue();
        assertThat(overview.party().name()).isEqualTo("张三");
        assertThat(overview.allowedActions()).isEmpty();
    }

    @Test
    void a_county_auditor_reads_every_township() {
        Actor county = a(Role.AUDITOR).ofAllTownships().build();
        assertThat(world.service.get(county, JINHE, "case-1").enforcementCase().id()).isEqualTo("case-1");
    }

    @Test
    void staff_may_not_file() {
        thrown(AccessDenied.class, () -> world.service.file(world.staff, JINHE,
                new FileCase(aCase().details(), null)));
    }

    @Test
    void staff_may_not_act() {
        thrown(AccessDenied.class, () -> world.service.investigate(world.staff, JINHE, "case-1", 3,
                new Investigate(null, null)));
    }

    @Test
    void another_township_answers_not_found_even_for_the_right_role() {
        Actor gaocunOfficer = a(Role.OFFICER).of(GAOCUN).build();
        thrown(RecordNotFound.class, () -> world.service.get(gaocunOfficer, JINHE, "case-1"));
        thrown(RecordNotFound.class, () -> world.service.investigate(gaocunOfficer, JINHE, "case-1", 3,
                new Investigate(null, null)));
        thrown(RecordNotFound.class, () -> world.service.file(gaocunOfficer, JINHE,
                new FileCase(aCase().details(), null)));
    }

    @Test
    void a_case_of_another_township_is_not_found_in_its_own() {
        Actor gaocunOfficer = a(Role.OFFICER).of(GAOCUN).build();
        thrown(RecordNotFound.class, () -> world.service.get(gaocunOfficer, GAOCUN, "case-1"));
    }

    @Test
    void an_officer_is_not_offered_the_leader_actions() {
        // given
        world.given(aCase().withId("case-2").atVersion(3).notifiedOfFine(LocalDate.of(2025, 6, 1), "500.00")
                .decidedOn(LocalDate.of(2025, 6, 10), fine("500.00"), true));

        // when
        CaseOverview asOfficer = world.service.get(world.officer, JINHE, "case-2");
        CaseOverview asLeader = world.service.get(world.leader, JINHE, "case-2");

        // then
        assertThat(asOfficer.allowedActions()).contains(CaseAction.DELIVER)
                .doesNotContain(CaseAction.PUBLISH, CaseAction.REVOKE);
        assertThat(asLeader.allowedActions()).contains(CaseAction.DELIVER, CaseAction.PUBLISH, CaseAction.REVOKE);
    }

    @Test
    void the_list_shows_no_personal_data() {
        // when
        var page = world.service.list(world.staff, JINHE, null,
                new fazhi.shared.model.PageRequest(0, 20, "filedOn", false));

        // then
        assertThat(page.items()).singleElement().satisfies(item -> {
            assertThat(item.partyName()).isEqualTo("张三");
            assertThat(item.toString()).doesNotContain("110101199003074477", "13812345678");
        });
    }
}
