package fazhi.enforcement.cases;

import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Decide;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.FileCase;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.warning;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** ENF-01: a case has at least two officers. */
class Enf01TwoOfficersTest {

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    @Test
    void a_case_is_filed_with_two_officers() {
        // when
        CaseOverview filed = world.service.file(world.officer, JINHE,
                new FileCase(aCase().withOfficers("officer-1", "officer-2").details(), LocalDate.of(2025, 6, 2)));

        // then
        assertThat(filed.enforcementCase().details().officerIds()).containsExactly("officer-1", "officer-2");
        assertThat(filed.officers()).extracting(o -> o.name()).containsExactly("李明", "王芳");
    }

    @Test
    void filing_with_one_officer_is_refused_by_enf01() {
        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.file(world.officer, JINHE,
                new FileCase(aCase().withOfficers("officer-1").details(), LocalDate.of(2025, 6, 2))));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-01");
        assertThat(refusal.messageKey()).isEqualTo("enf01.twoOfficers");
        assertThat(world.cases.saves()).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void the_same_officer_named_twice_counts_once() {
        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.file(world.officer, JINHE,
                new FileCase(aCase().withOfficers("officer-1", "officer-1").details(), LocalDate.of(2025, 6, 2))));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-01");
    }

    @Test
    void an_unknown_officer_is_bad_input_naming_its_position() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.file(world.officer, JINHE,
                new FileCase(aCase().withOfficers("officer-1", "nobody").details(), LocalDate.of(2025, 6, 2))));

        // then
        assertThat(refusal.violations()).extracting(v -> v.field()).containsExactly("officerIds[1]");
    }

    @Test
    void editing_down_to_one_officer_is_refused_by_enf01() {
        // given
        world.given(aCase().withId("case-1").atVersion(3));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.edit(world.officer, JINHE, "case-1", 3,
                aCase().withOfficers("officer-2").details()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-01");
    }

    @Test
    void a_decision_by_a_team_that_lost_its_second_officer_is_refused_by_enf01() {
        // given: stored before the rule, with one officer
        world.given(aCase().withId("case-1").simple().withOfficers("officer-1").atVersion(3)
                .notifiedOn(LocalDate.of(2025, 6, 2), warning(), false));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                3, new Decide(LocalDate.of(2025, 6, 2), warning(), true)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-01");
    }
}
