package fazhi.enforcement.figures.service;

import fazhi.enforcement.figures.model.EnforcementFigures;
import fazhi.enforcement.figures.model.EnforcementFigures.DecisionTally;
import fazhi.enforcement.figures.model.EnforcementFigures.ExamTally;
import fazhi.enforcement.figures.model.EnforcementFigures.FieldActivities;
import fazhi.enforcement.figures.model.EnforcementFigures.OutcomeCount;
import fazhi.enforcement.figures.port.out.EnforcementFiguresRepository;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.OutcomeKind;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.service.TownshipService;
import fazhi.testing.FixedClock;
import fazhi.testing.RecordingAuditLog;
import fazhi.testing.TestTownships;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

class ReadingEnforcementFiguresTest {

    /** Answers fixed counts and remembers the day it was asked to count certified officers on. */
    static final class CannedCounts implements EnforcementFiguresRepository {

        final Map<EnforcementField, Long> cases = new EnumMap<>(EnforcementField.class);
        final Map<EnforcementField, Long> inspections = new EnumMap<>(EnforcementField.class);
        final Map<OutcomeKind, DecisionTally> decisions = new EnumMap<>(OutcomeKind.class);
        LocalDate certifiedAskedOn;

        @Override
        public Map<EnforcementField, Long> casesFiledByField(TownshipCode township, int year) {
            return cases;
        }

        @Override
        public Map<EnforcementField, Long> inspectionsByField(TownshipCode township, int year) {
            return inspections;
        }

        @Override
        public Map<OutcomeKind, DecisionTally> decisionsByOutcome(TownshipCode township, int year) {
            return decisions;
        }

        @Override
        public long officersCertifiedOn(TownshipCode township, LocalDate day) {
            certifiedAskedOn = day;
            return 10;
        }

        @Override
        public ExamTally examRegistrations(TownshipCode township, int year) {
            return new ExamTally(3, 2);
        }
    }

    private final CannedCounts counts = new CannedCounts();
    private final FixedClock clock = FixedClock.on(LocalDate.of(2026, 3, 1));
    private final EnforcementFiguresService service = new EnforcementFiguresService(counts,
            new TownshipService(TestTownships.theCounty(), new RecordingAuditLog(), clock), clock);

    @Test
    void every_field_and_every_outcome_has_a_row_and_the_sums_follow_from_them() {
        // given
        counts.cases.put(EnforcementField.FIRE_SAFETY, 5L);
        counts.cases.put(EnforcementField.AGRICULTURE, 2L);
        counts.inspections.put(EnforcementField.FIRE_SAFETY, 7L);
        counts.inspections.put(EnforcementField.ROAD_TRAFFIC_SAFETY, 4L);
        counts.decisions.put(OutcomeKind.FINE, new DecisionTally(6, Money.of("12345.00")));
        counts.decisions.put(OutcomeKind.WARNING, new DecisionTally(1, Money.ZERO));
        counts.decisions.put(OutcomeKind.NO_PENALTY_FIRST_VIOLATION, new DecisionTally(3, Money.ZERO));

        // when
        EnforcementFigures figures = service.figures(a(Role.STAFF).of(JINHE).build(), JINHE, 2025);

        // then
        assertThat(figures.activitiesByField()).hasSize(EnforcementField.values().length)
                .contains(new FieldActivities(EnforcementField.FIRE_SAFETY, 5, 7),
                        new FieldActivities(EnforcementField.FORESTRY, 0, 0));
        assertThat(figures.safetyActivities().cases()).isEqualTo(5);
        assertThat(figures.safetyActivities().inspections()).isEqualTo(11);
        assertThat(figures.safetyActivities().total()).isEqualTo(16);
        assertThat(figures.decisionsByOutcome()).hasSize(OutcomeKind.values().length)
                .contains(new OutcomeCount(OutcomeKind.NO_PENALTY_MINOR, 0));
        assertThat(figures.penaltyDecisions()).isEqualTo(7);
        assertThat(figures.fines()).isEqualTo(6);
        assertThat(figures.warnings()).isEqualTo(1);
        assertThat(figures.finesTotal()).isEqualTo(Money.of("12345.00"));
        assertThat(figures.noPenaltyFirstViolation()).isEqualTo(3);
        assertThat(figures.examRegistrations()).isEqualTo(3);
        assertThat(figures.examPassed()).isEqualTo(2);
    }

    @Test
    void officers_are_counted_as_certified_on_the_last_day_of_a_past_year() {
        // when
        EnforcementFigures figures = service.figures(a(Role.LEADER).of(JINHE).build(), JINHE, 2025);

        // then
        assertThat(counts.certifiedAskedOn).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(figures.certifiedOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(figures.officersCertified()).isEqualTo(10);
    }

    @Test
    void officers_are_counted_as_certified_today_while_the_year_runs() {
        // when
        service.figures(a(Role.LEADER).of(JINHE).build(), JINHE, 2026);

        // then
        assertThat(counts.certifiedAskedOn).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_township_role_reads_the_figures(Role role) {
        assertThat(service.figures(a(role).of(JINHE).build(), JINHE, 2025).year()).isEqualTo(2025);
    }

    @Test
    void a_caller_without_a_role_is_refused() {
        thrown(AccessDenied.class, () -> service.figures(a().of(JINHE).build(), JINHE, 2025));
    }

    @Test
    void another_townships_figures_are_not_found_sys04() {
        thrown(RecordNotFound.class, () -> service.figures(a(Role.LEADER).of(GAOCUN).build(), JINHE, 2025));
    }

    @Test
    void a_year_out_of_range_is_invalid_input_naming_the_year() {
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> service.figures(a(Role.LEADER).of(JINHE).build(), JINHE, 1999));
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("year");
    }
}
