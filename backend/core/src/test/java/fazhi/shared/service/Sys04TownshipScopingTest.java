package fazhi.shared.service;

import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.OfficerStatus;
import fazhi.enforcement.port.in.OfficerQuery;
import fazhi.shared.model.Actor;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.Township;
import fazhi.shared.model.TownshipCode;
import fazhi.testing.OfficerRegisterFixture;
import org.junit.jupiter.api.Test;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.OfficerBuilder.anOfficer;
import static fazhi.testing.OfficerDetailsBuilder.officerDetails;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.TestTownships.LANLI;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** SYS-04: a record of a township the caller may not see answers "not found", never "forbidden". */
class Sys04TownshipScopingTest {

    private static final TownshipCode NANSHAN = TownshipCode.of("nanshan");

    private final OfficerRegisterFixture world = new OfficerRegisterFixture();
    private final PageRequest firstPage = PageRequest.of(0, 20, null, OfficerQuery.SORTABLE, OfficerQuery.DEFAULT_SORT);

    private final Actor jinheLeader = a(Role.LEADER).of(JINHE).build();

    {
        world.given(anOfficer().withId("gaocun-officer").of(GAOCUN).atVersion(2));
    }

    @Test
    void reading_an_officer_of_another_township_is_not_found() {
        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> world.service.get(jinheLeader, GAOCUN, "gaocun-officer"));

        // then
        assertThat(refusal.recordType()).isEqualTo("township");
        assertThat(refusal.id()).isEqualTo("gaocun");
    }

    @Test
    void listing_the_officers_of_another_township_is_not_found() {
        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> world.service.list(jinheLeader, GAOCUN, OfficerQuery.all(), firstPage));

        // then
        assertThat(refusal).isNotNull();
        assertThat(world.officers.lastSearch()).isNull();
    }

    @Test
    void updating_an_officer_of_another_township_is_not_found_and_changes_nothing() {
        // when
        RecordNotFound refusal = thrown(RecordNotFound.class, () -> world.service.update(
                jinheLeader, GAOCUN, "gaocun-officer", 2, officerDetails().named("李明华").build()));

        // then
        assertThat(refusal).isNotNull();
        assertThat(world.officers.saves()).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void suspending_an_officer_of_another_township_is_not_found_and_changes_nothing() {
        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> world.service.suspend(jinheLeader, GAOCUN, "gaocun-officer", 2, "涉嫌违纪"));

        // then
        assertThat(refusal).isNotNull();
        assertThat(world.officers.stored("gaocun-officer").status()).isEqualTo(OfficerStatus.ACTIVE);
    }

    @Test
    void registering_an_officer_in_another_township_is_not_found() {
        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> world.service.register(jinheLeader, GAOCUN, officerDetails().build()));

        // then
        assertThat(refusal).isNotNull();
        assertThat(world.officers.saves()).isEmpty();
    }

    @Test
    void a_user_whose_role_may_not_suspend_still_gets_not_found_in_another_township() {
        // given
        Actor jinheOfficer = a(Role.OFFICER).of(JINHE).build();

        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> world.service.suspend(jinheOfficer, GAOCUN, "gaocun-officer", 2, "涉嫌违纪"));

        // then
        assertThat(refusal.recordType()).isEqualTo("township");
    }

    @Test
    void a_user_whose_role_may_not_update_still_gets_not_found_in_another_township() {
        // given
        Actor jinheAuditor = a(Role.AUDITOR).of(JINHE).build();

        // when
        RecordNotFound refusal = thrown(RecordNotFound.class, () -> world.service.update(
                jinheAuditor, GAOCUN, "gaocun-officer", 2, officerDetails().build()));

        // then
        assertThat(refusal.recordType()).isEqualTo("township");
    }

    @Test
    void a_user_whose_role_may_not_register_still_gets_not_found_in_another_township() {
        // given
        Actor jinheReviewer = a(Role.LEGAL_REVIEWER).of(JINHE).build();

        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> world.service.register(jinheReviewer, GAOCUN, officerDetails().build()));

        // then
        assertThat(refusal.recordType()).isEqualTo("township");
    }

    @Test
    void an_officer_of_another_township_asked_for_under_ones_own_township_is_not_found() {
        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> world.service.get(jinheLeader, JINHE, "gaocun-officer"));

        // then
        assertThat(refusal.recordType()).isEqualTo("officer");
        assertThat(refusal.id()).isEqualTo("gaocun-officer");
    }

    @Test
    void suspending_an_officer_of_another_township_under_ones_own_township_is_not_found() {
        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> world.service.suspend(jinheLeader, JINHE, "gaocun-officer", 2, "涉嫌违纪"));

        // then
        assertThat(refusal.recordType()).isEqualTo("officer");
        assertThat(world.officers.stored("gaocun-officer").status()).isEqualTo(OfficerStatus.ACTIVE);
    }

    @Test
    void a_county_account_with_all_townships_reads_an_officer_of_any_township() {
        // given
        Actor countyAuditor = a(Role.AUDITOR).ofAllTownships().build();

        // when
        Officer officer = world.service.get(countyAuditor, GAOCUN, "gaocun-officer");

        // then
        assertThat(officer.township()).isEqualTo(GAOCUN);
    }

    @Test
    void a_county_leader_with_all_townships_suspends_an_officer_of_any_township() {
        // given
        Actor countyLeader = a(Role.LEADER).ofAllTownships().build();

        // when
        Officer suspended = world.service.suspend(countyLeader, GAOCUN, "gaocun-officer", 2, "涉嫌违纪");

        // then
        assertThat(suspended.status()).isEqualTo(OfficerStatus.SUSPENDED);
        assertThat(world.auditLog.last().township()).isEqualTo(GAOCUN);
    }

    @Test
    void a_user_sees_only_their_townships_ordered_by_code() {
        // given
        Actor lanliAndJinheClerk = a(Role.STAFF).of(LANLI, JINHE).build();

        // when / then
        assertThat(world.townships.visibleTo(lanliAndJinheClerk)).extracting(Township::code)
                .containsExactly(JINHE, LANLI);
    }

    @Test
    void a_user_with_all_townships_sees_every_township_ordered_by_code() {
        // given
        Actor countyAuditor = a(Role.AUDITOR).ofAllTownships().build();

        // when / then
        assertThat(world.townships.visibleTo(countyAuditor)).extracting(Township::code)
                .containsExactly(GAOCUN, JINHE, LANLI);
    }

    @Test
    void a_township_the_user_may_see_but_that_does_not_exist_is_not_found() {
        // given
        Actor countyAuditor = a(Role.AUDITOR).ofAllTownships().build();

        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> world.townships.get(countyAuditor, NANSHAN));

        // then
        assertThat(refusal.recordType()).isEqualTo("township");
        assertThat(refusal.id()).isEqualTo("nanshan");
    }

    @Test
    void a_township_that_does_not_exist_answers_like_one_the_user_may_not_see() {
        // given
        Actor jinheClerk = a(Role.STAFF).of(JINHE).build();

        // when
        RecordNotFound missing = thrown(RecordNotFound.class,
                () -> world.townships.get(jinheClerk, NANSHAN));
        RecordNotFound hidden = thrown(RecordNotFound.class,
                () -> world.townships.get(jinheClerk, GAOCUN));

        // then
        assertThat(missing.getMessage()).isEqualTo(hidden.getMessage());
        assertThat(missing.recordType()).isEqualTo(hidden.recordType());
    }

    @Test
    void listing_the_officers_of_a_township_that_does_not_exist_is_not_found() {
        // given
        Actor countyAuditor = a(Role.AUDITOR).ofAllTownships().build();

        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> world.service.list(countyAuditor, NANSHAN, OfficerQuery.all(), firstPage));

        // then
        assertThat(refusal.id()).isEqualTo("nanshan");
    }

    @Test
    void registering_an_officer_in_a_township_that_does_not_exist_is_not_found() {
        // given
        Actor countyLeader = a(Role.LEADER).ofAllTownships().build();

        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> world.service.register(countyLeader, NANSHAN, officerDetails().build()));

        // then
        assertThat(refusal.id()).isEqualTo("nanshan");
        assertThat(world.officers.saves()).isEmpty();
    }
}
