package fazhi.enforcement.figures.port.out;

import fazhi.enforcement.figures.model.EnforcementFigures.DecisionTally;
import fazhi.enforcement.figures.model.EnforcementFigures.ExamTally;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.OutcomeKind;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.Map;

/** The counts behind the figures, made by the database (aggregates, not rows loaded and counted). */
public interface EnforcementFiguresRepository {

    /** Enforcement cases filed (立案) in the year, by field; fields without cases may be absent. */
    Map<EnforcementField, Long> casesFiledByField(TownshipCode township, int year);

    /** Enterprise inspections carried out in the year, by field; fields without any may be absent. */
    Map<EnforcementField, Long> inspectionsByField(TownshipCode township, int year);

    /** Decisions made in the year and not revoked, by outcome, with the fines summed. */
    Map<OutcomeKind, DecisionTally> decisionsByOutcome(TownshipCode township, int year);

    /** Officers of the township whose certificate is valid on the day. */
    long officersCertifiedOn(TownshipCode township, LocalDate day);

    /** Certificate-exam registrations for the year's exam, and how many passed it. */
    ExamTally examRegistrations(TownshipCode township, int year);
}
