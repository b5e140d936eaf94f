package fazhi.enforcement.cases;

import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.EarlierViolation;
import fazhi.enforcement.model.Outcome;
import fazhi.enforcement.model.OutcomeKind;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Decide;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.firstViolation;
import static fazhi.testing.EnforcementCaseBuilder.warning;
import static fazhi.testing.PartyBuilder.anIndividual;
import static fazhi.testing.PartyBuilder.LI_SI_ID;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ENF-08: 首违不罚 is for a first violation; the party's earlier violations in the township are shown, and
 * choosing it is refused when there are any.
 */
class Enf08FirstViolationTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 6, 10);

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    private void givenTheCase() {
        world.given(aCase().withId("case-1").atVersion(3).investigatedOn(LocalDate.of(2025, 5, 6)));
    }

    private void givenAnEarlierCase(String id, Outcome outcome) {
        world.given(aCase().withId(id).numbered(9).violatedOn(LocalDate.of(2024, 8, 1))
                .discoveredOn(LocalDate.of(2024, 8, 1)).filedOn(LocalDate.of(2024, 8, 2))
                .notifiedOn(LocalDate.of(2024, 8, 2), warning(), false)
                .decidedOn(LocalDate.of(2024, 8, 5), outcome, true));
    }

    @Test
    void the_party_earlier_violations_are_shown() {
        // given
        givenTheCase();
        givenAnEarlierCase("case-0", warning());

        // when
        CaseOverview overview = world.service.get(world.officer, JINHE, "case-1");

        // then
        assertThat(overview.earlierViolations()).extracting(EarlierViolation::caseId, EarlierViolation::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("case-0", OutcomeKind.WARNING));
        assertThat(overview.earlierViolations().get(0).caseNumber()).hasToString("锦和执立〔2024〕第9号");
    }

    @Test
    void a_first_violation_without_earlier_ones_ends_without_penalty() {
        // given
        givenTheCase();

        // when
        CaseOverview decided = world.service.decide(world.officer, JINHE, "case-1", 3,
                new Decide(DECIDED, firstViolation(), true));

        // then
        assertThat(decided.enforcementCase().status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.enforcementCase().decision().outcome().educationGiven()).isEqualTo("当场批评教育，当事人已改正");
        assertThat(decided.enforcementCase().decision().number()).isNull();
    }

    @Test
    void a_first_violation_with_an_earlier_penalty_is_refused_by_enf08() {
        // given
        givenTheCase();
        givenAnEarlierCase("case-0", warning());

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                3, new Decide(DECIDED, firstViolation(), true)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-08");
        assertThat(refusal.arguments()).containsExactly(1, "锦和执立〔2024〕第9号", LocalDate.of(2024, 8, 1));
    }

    @Test
    void an_earlier_first_violation_counts_too() {
        // given
        givenTheCase();
        givenAnEarlierCase("case-0", firstViolation());

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                3, new Decide(DECIDED, firstViolation(), true)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-08");
    }

    @Test
    void an_earlier_minor_case_without_penalty_does_not_count() {
        // given
        givenTheCase();
        givenAnEarlierCase("case-0", new Outcome.NoPenaltyMinor("情节轻微"));

        // when
        CaseOverview decided = world.service.decide(world.officer, JINHE, "case-1", 3,
                new Decide(DECIDED, firstViolation(), true));

        // then
        assertThat(decided.earlierViolations()).isEmpty();
    }

    @Test
    void another_party_a_later_violation_and_another_township_do_not_count() {
        // given
        givenTheCase();
        world.given(aCase().withId("case-other-party").against(anIndividual().named("李四").withIdNumber(LI_SI_ID))
                .violatedOn(LocalDate.of(2024, 8, 1)).decidedOn(LocalDate.of(2024, 8, 5), warning(), true));
        world.given(aCase().withId("case-later").violatedOn(LocalDate.of(2025, 6, 1))
                .discoveredOn(LocalDate.of(2025, 6, 1))
                .decidedOn(LocalDate.of(2025, 6, 5), warning(), true));
        world.given(aCase().withId("case-gaocun").of(GAOCUN).violatedOn(LocalDate.of(2024, 8, 1))
                .decidedOn(LocalDate.of(2024, 8, 5), warning(), true));

        // when
        CaseOverview decided = world.service.decide(world.officer, JINHE, "case-1", 3,
                new Decide(DECIDED, firstViolation(), true));

        // then
        assertThat(decided.earlierViolations()).isEmpty();
    }

    @Test
    void a_revoked_earlier_decision_does_not_count() {
        // given
        givenTheCase();
        world.given(aCase().withId("case-0").violatedOn(LocalDate.of(2024, 8, 1))
                .decidedOn(LocalDate.of(2024, 8, 5), warning(), true).revokedOn(LocalDate.of(2024, 9, 1)));

        // when
        CaseOverview overview = world.service.get(world.officer, JINHE, "case-1");

        // then
        assertThat(overview.earlierViolations()).isEmpty();
    }

    @Test
    void the_education_given_is_required() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> Outcome.of("outcome",
                OutcomeKind.NO_PENALTY_FIRST_VIOLATION, null, null, "  ", null));

        // then
        assertThat(refusal.violations()).extracting(v -> v.field()).containsExactly("outcome.educationGiven");
    }
}
