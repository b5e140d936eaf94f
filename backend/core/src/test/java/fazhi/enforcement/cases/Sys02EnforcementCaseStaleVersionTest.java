package fazhi.enforcement.cases;

import fazhi.enforcement.port.in.ProcessingEnforcementCases.Investigate;
import fazhi.shared.model.StaleRecord;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** SYS-02: a change based on an older version is refused and nothing is written. */
class Sys02EnforcementCaseStaleVersionTest {

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    @Test
    void an_action_on_an_old_version_is_refused_as_stale() {
        // given
        world.given(aCase().withId("case-1").atVersion(4));

        // when
        StaleRecord refusal = thrown(StaleRecord.class, () -> world.service.investigate(world.officer, JINHE,
                "case-1", 3, new Investigate(null, null)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("SYS-02");
        assertThat(world.cases.saves()).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void an_edit_on_an_old_version_is_refused_as_stale() {
        // given
        world.given(aCase().withId("case-1").atVersion(4));

        // when / then
        thrown(StaleRecord.class, () -> world.service.edit(world.officer, JINHE, "case-1", 2, aCase().details()));
    }
}
