package fazhi.enforcement.cases;

import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.Outcome;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Decide;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Notify;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.EnforcementCaseBuilder;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.fine;
import static fazhi.testing.EnforcementCaseBuilder.firstViolation;
import static fazhi.testing.EnforcementCaseBuilder.warning;
import static fazhi.testing.PartyBuilder.anOrganisation;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** ENF-03: on the spot only a warning, or a fine up to 200.00 for a person and 3000.00 for an organisation. */
class Enf03SimpleProcedureTest {

    private static final LocalDate ON_THE_SPOT = LocalDate.of(2025, 6, 2);

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    private CaseOverview decideOnTheSpot(EnforcementCaseBuilder c, Outcome outcome) {
        world.given(c.withId("case-1").simple().filedOn(ON_THE_SPOT).atVersion(3)
                .notifiedOn(ON_THE_SPOT, outcome.isPenalty() ? outcome : warning(), false));
        return world.service.decide(world.officer, JINHE, "case-1", 3, new Decide(ON_THE_SPOT, outcome, true));
    }

    @Test
    void a_person_may_be_fined_200_00_on_the_spot() {
        // when
        CaseOverview decided = decideOnTheSpot(aCase(), fine("200.00"));

        // then
        assertThat(decided.enforcementCase().status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.enforcementCase().decision().outcome().fineAmount()).hasToString("200.00");
    }

    @Test
    void a_fine_of_200_01_on_a_person_on_the_spot_is_refused_by_enf03() {
        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> decideOnTheSpot(aCase(), fine("200.01")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-03");
        assertThat(refusal.legalBasis()).isEqualTo("《行政处罚法》第51条");
        assertThat(refusal.arguments()).containsExactly(fine("200.01").kind(), "200.00");
        assertThat(world.cases.saves()).isEmpty();
    }

    @Test
    void an_organisation_may_be_fined_3000_00_on_the_spot() {
        // when
        CaseOverview decided = decideOnTheSpot(aCase().against(anOrganisation()), fine("3000.00"));

        // then
        assertThat(decided.enforcementCase().status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void a_fine_of_3000_01_on_an_organisation_on_the_spot_is_refused_by_enf03() {
        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> decideOnTheSpot(aCase().against(anOrganisation()), fine("3000.01")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-03");
        assertThat(refusal.arguments()).last().isEqualTo("3000.00");
    }

    @Test
    void a_warning_is_allowed_on_the_spot() {
        assertThat(decideOnTheSpot(aCase(), warning()).enforcementCase().status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void no_penalty_for_a_first_violation_is_allowed_on_the_spot() {
        assertThat(decideOnTheSpot(aCase(), firstViolation()).enforcementCase().status())
                .isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void another_measure_on_the_spot_is_refused_by_enf03() {
        // given
        world.given(aCase().withId("case-1").simple().filedOn(ON_THE_SPOT).atVersion(3));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.notify(world.officer, JINHE, "case-1",
                3, new Notify(ON_THE_SPOT, new Outcome.Other("暂扣驾驶证"), false, true, null)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-03");
    }

    @ParameterizedTest
    @ValueSource(strings = {"200.01", "1000.00"})
    void notifying_a_person_of_more_than_200_on_the_spot_is_refused_by_enf03(String amount) {
        // given
        world.given(aCase().withId("case-1").simple().filedOn(ON_THE_SPOT).atVersion(3));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.notify(world.officer, JINHE, "case-1",
                3, new Notify(ON_THE_SPOT, fine(amount), false, true, null)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-03");
    }

    @Test
    void the_ordinary_procedure_has_no_such_limit() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).notifiedOfFine(LocalDate.of(2025, 6, 1), "5000.00"));

        // when
        CaseOverview decided = world.service.decide(world.officer, JINHE, "case-1", 3,
                new Decide(LocalDate.of(2025, 6, 10), fine("5000.00"), false));

        // then
        assertThat(decided.enforcementCase().status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void filing_notice_and_decision_may_fall_on_the_same_day() {
        // given
        world.today(ON_THE_SPOT);
        CaseOverview filed = world.service.file(world.officer, JINHE,
                new fazhi.enforcement.port.in.ProcessingEnforcementCases.FileCase(
                        aCase().simple().violatedOn(ON_THE_SPOT).discoveredOn(ON_THE_SPOT).details(), null));
        String id = filed.enforcementCase().id();

        // when
        CaseOverview notified = world.service.notify(world.officer, JINHE, id, 0,
                new Notify(null, fine("100.00"), false, true, "当场告知"));
        CaseOverview decided = world.service.decide(world.officer, JINHE, id, 1,
                new Decide(null, fine("100.00"), true));

        // then
        assertThat(notified.enforcementCase().notice().notifiedOn()).isEqualTo(ON_THE_SPOT);
        assertThat(decided.enforcementCase().decision().decidedOn()).isEqualTo(ON_THE_SPOT);
        assertThat(decided.enforcementCase().filedOn()).isEqualTo(ON_THE_SPOT);
    }
}
