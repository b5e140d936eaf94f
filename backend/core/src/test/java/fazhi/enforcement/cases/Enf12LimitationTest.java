package fazhi.enforcement.cases;

import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.Limitation;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.FileCase;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** ENF-12: no penalty for a violation undiscovered for 2 years, 5 where life, health or property was harmed. */
class Enf12LimitationTest {

    private static final LocalDate VIOLATED = LocalDate.of(2023, 6, 1);

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    private CaseOverview file(LocalDate discoveredOn, boolean harm) {
        var c = aCase().violatedOn(VIOLATED).discoveredOn(discoveredOn);
        if (harm) {
            c.harmingLifeHealthOrProperty();
        }
        return world.service.file(world.officer, JINHE, new FileCase(c.details(), LocalDate.of(2025, 6, 28)));
    }

    @Test
    void discovered_exactly_2_years_later_is_in_time() {
        assertThat(file(LocalDate.of(2025, 6, 1), false).enforcementCase().status()).isEqualTo(CaseStatus.FILED);
    }

    @Test
    void discovered_2_years_and_a_day_later_is_refused_by_enf12() {
        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> file(LocalDate.of(2025, 6, 2), false));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-12");
        assertThat(refusal.legalBasis()).isEqualTo("《行政处罚法》第36条");
        assertThat(refusal.arguments()).containsExactly(VIOLATED, LocalDate.of(2025, 6, 2), 2,
                LocalDate.of(2025, 6, 1));
        assertThat(world.cases.saves()).isEmpty();
    }

    @Test
    void with_harm_to_life_health_or_property_the_limit_is_5_years() {
        assertThat(file(LocalDate.of(2025, 6, 2), true).enforcementCase().status()).isEqualTo(CaseStatus.FILED);
    }

    @Test
    void with_harm_5_years_and_a_day_is_refused() {
        assertThat(Limitation.hasRunOut(VIOLATED, VIOLATED.plusYears(5), true)).isFalse();
        assertThat(Limitation.hasRunOut(VIOLATED, VIOLATED.plusYears(5).plusDays(1), true)).isTrue();
    }

    @Test
    void a_violation_on_29_february_runs_out_on_28_february_two_years_later() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        assertThat(Limitation.lastDay(leapDay, false)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void editing_the_discovery_past_the_limit_is_refused_by_enf12() {
        // given
        world.given(aCase().withId("case-1").violatedOn(VIOLATED).discoveredOn(LocalDate.of(2025, 5, 1))
                .filedOn(LocalDate.of(2025, 6, 5)).atVersion(3));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.edit(world.officer, JINHE, "case-1",
                3, aCase().violatedOn(VIOLATED).discoveredOn(LocalDate.of(2025, 6, 3)).details()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-12");
    }
}
