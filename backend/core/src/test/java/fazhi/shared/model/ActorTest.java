package fazhi.shared.model;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

class ActorTest {

    @Test
    void a_township_the_actor_may_not_see_answers_not_found_before_the_role_is_asked() {
        // given
        Actor jinheOfficer = a(Role.OFFICER).of(JINHE).build();

        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> jinheOfficer.require(GAOCUN, Role.LEADER));

        // then
        assertThat(refusal.recordType()).isEqualTo("township");
        assertThat(refusal.id()).isEqualTo("gaocun");
    }

    @Test
    void in_a_township_the_actor_sees_a_missing_role_is_access_denied() {
        // given
        Actor jinheOfficer = a(Role.OFFICER).of(JINHE).build();

        // when
        AccessDenied refusal = thrown(AccessDenied.class,
                () -> jinheOfficer.require(JINHE, Role.LEADER, Role.STAFF));

        // then
        assertThat(refusal.allowed()).containsExactlyInAnyOrder(Role.LEADER, Role.STAFF);
    }

    @Test
    void a_county_account_sees_every_township() {
        // given
        Actor countyAuditor = a(Role.AUDITOR).ofAllTownships().build();

        // then
        assertThat(countyAuditor.canSee(JINHE)).isTrue();
        assertThat(countyAuditor.canSee(GAOCUN)).isTrue();
        assertThat(countyAuditor.townships()).isEqualTo(Set.of());
    }
}
