package fazhi.shared.service;

import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Person;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.testing.FixedClock;
import fazhi.testing.InMemoryPeople;
import fazhi.testing.RecordingAuditLog;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.TestTownships.theCounty;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** The people of a township, offered by the forms that assign work instead of a typed username. */
class PeopleOfTownshipsTest {

    private final Person zhao = new Person("zhao.reviewer", "赵敏", Set.of(Role.LEGAL_REVIEWER));
    private final Person chen = new Person("chen.reviewer", "陈立", Set.of(Role.LEGAL_REVIEWER, Role.STAFF));
    private final Person wang = new Person("staff", "王晓梅", Set.of(Role.STAFF));
    private final Person gaocunReviewer = new Person("gaocun.reviewer", "李华", Set.of(Role.LEGAL_REVIEWER));

    private final PeopleService people = new PeopleService(new InMemoryPeople()
            .with(JINHE, zhao).with(JINHE, wang).with(JINHE, chen).with(GAOCUN, gaocunReviewer),
            new TownshipService(theCounty(), new RecordingAuditLog(), FixedClock.on(LocalDate.of(2025, 6, 10))));

    private final Actor jinheStaff = a(Role.STAFF).of(JINHE).build();

    @Test
    void a_role_gives_the_townships_people_who_have_it_in_the_order_of_their_names() {
        // when
        var reviewers = people.of(jinheStaff, JINHE, Optional.of(Role.LEGAL_REVIEWER));

        // then: 陈 (chén) before 赵 (zhào), as a roster reads
        assertThat(reviewers).containsExactly(chen, zhao);
    }

    @Test
    void without_a_role_every_person_of_the_township() {
        // when
        var everyone = people.of(jinheStaff, JINHE, Optional.empty());

        // then
        assertThat(everyone).containsExactly(chen, wang, zhao);
    }

    @Test
    void another_townships_people_are_not_found() {
        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> people.of(jinheStaff, GAOCUN, Optional.of(Role.LEGAL_REVIEWER)));

        // then
        assertThat(refusal).isNotNull();
    }

    @Test
    void a_machine_client_of_the_county_assigns_nothing_and_may_not_ask() {
        // given
        Actor countySystem = a(Role.COUNTY_SYSTEM).ofAllTownships().build();

        // when
        AccessDenied refusal = thrown(AccessDenied.class, () -> people.of(countySystem, JINHE, Optional.empty()));

        // then
        assertThat(refusal).isNotNull();
    }

    @Test
    void a_person_without_a_display_name_is_shown_by_username() {
        // when
        Person unnamed = new Person("li.staff", " ", Set.of(Role.STAFF));

        // then
        assertThat(unnamed.displayName()).isEqualTo("li.staff");
    }
}
