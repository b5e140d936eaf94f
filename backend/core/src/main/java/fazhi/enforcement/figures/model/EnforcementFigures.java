package fazhi.enforcement.figures.model;

import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.OutcomeKind;
import fazhi.shared.model.Money;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A township's enforcement figures of one year, as the annual report (法治政府建设年度报告) states them:
 * enforcement activities (cases filed and inspections made) by field, penalty decisions by outcome, the fines
 * imposed, the officers certified at the end of the year and the certificate-exam registrations.
 *
 * @param certifiedOn the day {@code officersCertified} is counted on: 31 December, or today while the year runs
 */
public record EnforcementFigures(TownshipCode township, int year, LocalDate certifiedOn,
                                 List<FieldActivities> activitiesByField, Activities safetyActivities,
                                 List<OutcomeCount> decisionsByOutcome, long penaltyDecisions, long fines,
                                 long warnings, Money finesTotal, long noPenaltyFirstViolation,
                                 long officersCertified, long examRegistrations, long examPassed) {

    public EnforcementFigures {
        Objects.requireNonNull(township);
        activitiesByField = List.copyOf(activitiesByField);
        decisionsByOutcome = List.copyOf(decisionsByOutcome);
        Objects.requireNonNull(finesTotal);
    }

    /**
     * The figures from the counts the repository made: every field and every outcome appears, with zero where
     * nothing happened, so that a report's table always has its rows.
     */
    public static EnforcementFigures of(TownshipCode township, int year, LocalDate certifiedOn,
                                        Map<EnforcementField, Long> casesByField,
                                        Map<EnforcementField, Long> inspectionsByField,
                                        Map<OutcomeKind, DecisionTally> decisions, long officersCertified,
                                        ExamTally exams) {
        List<FieldActivities> byField = Arrays.stream(EnforcementField.values())
                .map(field -> new FieldActivities(field, casesByField.getOrDefault(field, 0L),
                        inspectionsByField.getOrDefault(field, 0L)))
                .toList();
        Activities safety = new Activities(
                byField.stream().filter(a -> a.field().isSafety()).mapToLong(FieldActivities::cases).sum(),
                byField.stream().filter(a -> a.field().isSafety()).mapToLong(FieldActivities::inspections).sum());
        List<OutcomeCount> byOutcome = Arrays.stream(OutcomeKind.values())
                .map(kind -> new OutcomeCount(kind, decisions.getOrDefault(kind, DecisionTally.NONE).count()))
                .toList();
        long penalties = byOutcome.stream().filter(o -> o.kind().isPenalty()).mapToLong(OutcomeCount::count).sum();
        DecisionTally fines = decisions.getOrDefault(OutcomeKind.FINE, DecisionTally.NONE);
        return new EnforcementFigures(township, year, certifiedOn, byField, safety, byOutcome, penalties,
                fines.count(), decisions.getOrDefault(OutcomeKind.WARNING, DecisionTally.NONE).count(),
                fines.finesTotal(),
                decisions.getOrDefault(OutcomeKind.NO_PENALTY_FIRST_VIOLATION, DecisionTally.NONE).count(),
                officersCertified, exams.registrations(), exams.passed());
    }

    /** Cases filed and inspections made in one field. */
    public record FieldActivities(EnforcementField field, long cases, long inspections) {

        public long total() {
            return cases + inspections;
        }
    }

    /** Cases filed and inspections made, summed over some fields. */
    public record Activities(long cases, long inspections) {

        public long total() {
            return cases + inspections;
        }
    }

    /** How many decisions of the year ended with this outcome. */
    public record OutcomeCount(OutcomeKind kind, long count) {
    }

    /** What the repository counts per outcome: the decisions and, for fines, the amounts summed. */
    public record DecisionTally(long count, Money finesTotal) {

        public static final DecisionTally NONE = new DecisionTally(0, Money.ZERO);

        public DecisionTally {
            Objects.requireNonNull(finesTotal);
        }
    }

    /** Certificate-exam registrations of the year and how many passed. */
    public record ExamTally(long registrations, long passed) {
    }
}
