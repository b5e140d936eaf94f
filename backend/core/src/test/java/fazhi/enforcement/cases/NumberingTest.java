package fazhi.enforcement.cases;

import fazhi.enforcement.model.CaseNumber;
import fazhi.enforcement.model.DecisionNumber;
import fazhi.enforcement.model.NumberKind;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Decide;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.FileCase;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.fine;
import static fazhi.testing.EnforcementCaseBuilder.firstViolation;
import static fazhi.testing.EnforcementCaseBuilder.warning;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.TestTownships.GAOCUN_TOWN;
import static fazhi.testing.TestTownships.JINHE_TOWN;
import static org.assertj.core.api.Assertions.assertThat;

/** Case numbers (锦和执立〔2025〕第n号) and decision numbers (锦和罚决字〔2025〕第n号) per township and year. */
class NumberingTest {

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    @Test
    void cases_are_numbered_per_year_of_filing() {
        // when
        CaseOverview first = world.service.file(world.officer, JINHE, new FileCase(aCase().details(), null));
        CaseOverview second = world.service.file(world.officer, JINHE, new FileCase(aCase().details(), null));

        // then
        assertThat(first.enforcementCase().caseNumber()).hasToString("锦和执立〔2025〕第1号");
        assertThat(second.enforcementCase().caseNumber()).hasToString("锦和执立〔2025〕第2号");
    }

    @Test
    void a_refused_filing_takes_no_number() {
        // given
        org.assertj.core.api.Assertions.catchThrowable(() -> world.service.file(world.officer, JINHE,
                new FileCase(aCase().withOfficers("officer-1").details(), null)));

        // when
        CaseOverview filed = world.service.file(world.officer, JINHE, new FileCase(aCase().details(), null));

        // then
        assertThat(filed.enforcementCase().caseNumber().sequence()).isEqualTo(1);
    }

    @Test
    void decision_numbers_continue_within_a_year() {
        // given
        world.cases.counterAt(JINHE, NumberKind.PENALTY_DECISION, 2025, 6);
        world.given(aCase().withId("case-1").atVersion(3).notifiedOfFine(LocalDate.of(2025, 6, 1), "500.00"));

        // when
        CaseOverview decided = world.service.decide(world.officer, JINHE, "case-1", 3,
                new Decide(LocalDate.of(2025, 6, 10), fine("500.00"), true));

        // then
        assertThat(decided.enforcementCase().decision().number()).hasToString("锦和罚决字〔2025〕第7号");
    }

    @Test
    void decision_numbers_restart_at_1_in_a_new_year() {
        // given
        world.today(LocalDate.of(2026, 1, 5));
        world.cases.counterAt(JINHE, NumberKind.PENALTY_DECISION, 2025, 7);
        world.given(aCase().withId("case-1").filedOn(LocalDate.of(2025, 12, 15)).atVersion(3)
                .notifiedOn(LocalDate.of(2025, 12, 20), warning(), false));

        // when
        CaseOverview decided = world.service.decide(world.officer, JINHE, "case-1", 3,
                new Decide(LocalDate.of(2026, 1, 4), warning(), true));

        // then
        assertThat(decided.enforcementCase().decision().number()).hasToString("锦和罚决字〔2026〕第1号");
    }

    @Test
    void a_decision_without_penalty_takes_no_number() {
        // given
        world.given(aCase().withId("case-1").atVersion(3));
        world.given(aCase().withId("case-2").atVersion(3).notifiedOn(LocalDate.of(2025, 6, 1), warning(), false));

        // when
        world.service.decide(world.officer, JINHE, "case-1", 3, new Decide(LocalDate.of(2025, 6, 10),
                firstViolation(), true));
        CaseOverview warned = world.service.decide(world.officer, JINHE, "case-2", 3,
                new Decide(LocalDate.of(2025, 6, 10), warning(), true));

        // then
        assertThat(warned.enforcementCase().decision().number()).hasToString("锦和罚决字〔2025〕第1号");
    }

    @Test
    void each_township_counts_on_its_own() {
        // given
        world.cases.counterAt(JINHE, NumberKind.CASE, 2025, 5);
        world.given(fazhi.testing.OfficerBuilder.anOfficer().withId("g-1").of(GAOCUN));
        world.given(fazhi.testing.OfficerBuilder.anOfficer().withId("g-2").of(GAOCUN)
                .with(fazhi.testing.OfficerDetailsBuilder.officerDetails().named("高二")));

        // when
        CaseOverview filed = world.service.file(fazhi.testing.ActorBuilder.a(fazhi.shared.model.Role.OFFICER)
                .of(GAOCUN).build(), GAOCUN, new FileCase(aCase().withOfficers("g-1", "g-2").details(), null));

        // then
        assertThat(filed.enforcementCase().caseNumber()).hasToString("高村执立〔2025〕第1号");
    }

    @Test
    void numbers_read_back_from_their_text() {
        assertThat(CaseNumber.parse("锦和执立〔2025〕第12号")).isEqualTo(new CaseNumber("锦和", 2025, 12));
        assertThat(DecisionNumber.parse("锦和罚决字〔2025〕第7号")).isEqualTo(DecisionNumber.of(JINHE_TOWN, 2025, 7));
        assertThat(DecisionNumber.of(GAOCUN_TOWN, 2025, 1)).hasToString("高村罚决字〔2025〕第1号");
    }
}
