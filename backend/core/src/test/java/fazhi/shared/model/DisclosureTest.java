package fazhi.shared.model;

import org.junit.jupiter.api.Test;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.TestTownships.JINHE;
import static org.assertj.core.api.Assertions.assertThat;

/** Personal data shown whole only to the roles that need it, masked to everyone else. */
class DisclosureTest {

    private final Disclosure toOfficers = Disclosure.wholeTo(Role.OFFICER, Role.LEADER);

    @Test
    void a_role_that_needs_it_sees_it_whole() {
        assertThat(toOfficers.show(a(Role.OFFICER).of(JINHE).build(), "13812345678")).isEqualTo("13812345678");
    }

    @Test
    void any_other_role_sees_it_masked() {
        assertThat(toOfficers.show(a(Role.STAFF, Role.AUDITOR).of(JINHE).build(), "13812345678"))
                .isEqualTo("138****5678");
    }

    @Test
    void one_needed_role_among_others_is_enough() {
        assertThat(toOfficers.isWholeFor(a(Role.STAFF, Role.LEADER).of(JINHE).build())).isTrue();
    }

    @Test
    void nothing_stays_nothing() {
        assertThat(toOfficers.show(a(Role.STAFF).build(), (String) null)).isNull();
        assertThat(toOfficers.show(a(Role.STAFF).build(), (ResidentIdNumber) null, ResidentIdNumber::value)).isNull();
    }
}
