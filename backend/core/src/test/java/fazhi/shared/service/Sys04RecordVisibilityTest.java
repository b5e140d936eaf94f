package fazhi.shared.service;

import fazhi.shared.model.Actor;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.testing.FixedClock;
import fazhi.testing.InMemoryRecordDirectory;
import fazhi.testing.RecordingAuditLog;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.TestTownships.theCounty;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** SYS-04 decided before a request's body is read: the township, then the record in it. */
class Sys04RecordVisibilityTest {

    /** One officer in Jinhe ("officer-1"), one in Gaocun ("officer-2"). */
    private final RecordVisibilityService visibility = new RecordVisibilityService(
            new TownshipService(theCounty(), new RecordingAuditLog(), FixedClock.on(LocalDate.of(2025, 6, 10))),
            new InMemoryRecordDirectory().with("officer", JINHE, "officer-1").with("officer", GAOCUN, "officer-2"));

    private final Actor jinheStaff = a(Role.STAFF).of(JINHE).build();

    @Test
    void a_record_of_the_callers_township_is_visible() {
        assertThatCode(() -> visibility.requireVisible(jinheStaff, JINHE, "officer", "officer-1"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_township_the_caller_may_not_see_is_not_found_whatever_the_record() {
        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> visibility.requireVisible(jinheStaff, GAOCUN, "officer", "officer-2"));

        // then
        assertThat(refusal.recordType()).isEqualTo("township");
        assertThat(refusal.id()).isEqualTo("gaocun");
    }

    @Test
    void a_record_of_another_township_under_the_callers_own_is_not_found() {
        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> visibility.requireVisible(jinheStaff, JINHE, "officer", "officer-2"));

        // then
        assertThat(refusal.recordType()).isEqualTo("officer");
        assertThat(refusal.id()).isEqualTo("officer-2");
    }

    @Test
    void a_township_that_does_not_exist_is_not_found_even_for_the_county() {
        // given
        Actor countyAuditor = a(Role.AUDITOR).ofAllTownships().build();

        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> visibility.requireVisible(countyAuditor, TownshipCode.of("nanshan"), "officer", null));

        // then
        assertThat(refusal.recordType()).isEqualTo("township");
    }
}
