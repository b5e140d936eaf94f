package fazhi.adapter.rest.enforcementcase;

import fazhi.enforcement.figures.model.EnforcementFigures;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.OutcomeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "EnforcementFiguresView", description = "A township's enforcement figures of one year for the annual "
        + "report: activities (cases filed + inspections made) by field, decisions of the year by outcome (revoked "
        + "ones left out), fines, officers certified and certificate-exam registrations.",
        requiredProperties = {"township", "year", "certifiedOn", "activitiesByField", "safetyActivities",
                "decisionsByOutcome", "penaltyDecisions", "fines", "warnings", "finesTotal",
                "noPenaltyFirstViolation", "officersCertified", "examRegistrations", "examPassed"})
public record EnforcementFiguresView(
        @Schema(examples = "jinhe") String township,
        @Schema(examples = "2025") int year,
        @Schema(description = "The day officersCertified counts on: 31 December, or today while the year runs",
                examples = "2025-12-31") LocalDate certifiedOn,
        @Schema(description = "Every field, in the order of the enumeration; cases by filing date, inspections by "
                + "inspection date") List<FieldActivitiesView> activitiesByField,
        @Schema(description = "The four safety fields together (road traffic, water traffic, fire, non-coal mines)")
        ActivitiesView safetyActivities,
        @Schema(description = "Every outcome kind, by decision date") List<OutcomeCountView> decisionsByOutcome,
        @Schema(description = "Decisions with a penalty: warnings, fines and other measures", examples = "7")
        long penaltyDecisions,
        @Schema(examples = "6") long fines,
        @Schema(examples = "1") long warnings,
        @Schema(description = "The fines imposed, in CNY", examples = "12345.00") String finesTotal,
        @Schema(description = "首违不罚 decisions", examples = "4") long noPenaltyFirstViolation,
        @Schema(description = "Officers with a certificate valid on certifiedOn", examples = "10")
        long officersCertified,
        @Schema(description = "Registrations for the year's certificate exam", examples = "3") long examRegistrations,
        @Schema(description = "Of them, passed", examples = "2") long examPassed) {

    @Schema(name = "FieldActivitiesView", requiredProperties = {"field", "cases", "inspections", "total"})
    public record FieldActivitiesView(EnforcementField field,
                                      @Schema(examples = "12") long cases,
                                      @Schema(examples = "9") long inspections,
                                      @Schema(examples = "21") long total) {
    }

    @Schema(name = "ActivitiesView", requiredProperties = {"cases", "inspections", "total"})
    public record ActivitiesView(@Schema(examples = "22") long cases,
                                 @Schema(examples = "18") long inspections,
                                 @Schema(examples = "40") long total) {
    }

    @Schema(name = "OutcomeCountView", requiredProperties = {"kind", "count"})
    public record OutcomeCountView(@Schema(description = "The decision's outcome kind") OutcomeKind kind,
                                   @Schema(examples = "6") long count) {
    }

    static EnforcementFiguresView of(EnforcementFigures figures) {
        return new EnforcementFiguresView(figures.township().value(), figures.year(), figures.certifiedOn(),
                figures.activitiesByField().stream()
                        .map(a -> new FieldActivitiesView(a.field(), a.cases(), a.inspections(), a.total())).toList(),
                new ActivitiesView(figures.safetyActivities().cases(), figures.safetyActivities().inspections(),
                        figures.safetyActivities().total()),
                figures.decisionsByOutcome().stream().map(o -> new OutcomeCountView(o.kind(), o.count())).toList(),
                figures.penaltyDecisions(), figures.fines(), figures.warnings(), figures.finesTotal().toString(),
                figures.noPenaltyFirstViolation(), figures.officersCertified(), figures.examRegistrations(),
                figures.examPassed());
    }
}
