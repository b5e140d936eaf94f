package fazhi.config;

import fazhi.enforcement.model.InspectionPolicy;
import fazhi.enforcement.port.in.ConductingInspections;
import fazhi.enforcement.port.in.ManagingInspectionItems;
import fazhi.enforcement.port.in.ManagingInspectionPlans;
import fazhi.enforcement.port.out.InspectionItemRepository;
import fazhi.enforcement.port.out.InspectionPlanRepository;
import fazhi.enforcement.port.out.InspectionRepository;
import fazhi.enforcement.port.out.OfficerRepository;
import fazhi.enforcement.service.InspectionItemService;
import fazhi.enforcement.service.InspectionPlanService;
import fazhi.enforcement.service.InspectionService;
import fazhi.shared.port.in.SettingsOfTownships;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The enterprise inspection area as CDI beans: the items list, the yearly plans and the inspections, with ENF-14's
 * yearly cap per enterprise from the township's settings, read when an inspection is checked. Like
 * {@link ReviewWiring#reviewingAsOf}, each can also run on another clock, for demo data dated in the past.
 */
@ApplicationScoped
public class InspectionWiring {

    private final InspectionItemRepository items;
    private final InspectionPlanRepository plans;
    private final InspectionRepository inspections;
    private final OfficerRepository officers;
    private final Townships townships;
    private final AuditLog auditLog;
    private final SettingsOfTownships settings;

    public InspectionWiring(InspectionItemRepository items, InspectionPlanRepository plans,
                            InspectionRepository inspections, OfficerRepository officers, Townships townships,
                            AuditLog auditLog, SettingsOfTownships settings) {
        this.items = items;
        this.plans = plans;
        this.inspections = inspections;
        this.officers = officers;
        this.townships = townships;
        this.auditLog = auditLog;
        this.settings = settings;
    }

    @Produces
    @ApplicationScoped
    ManagingInspectionItems managingInspectionItems(Clock clock) {
        return itemsAsOf(clock);
    }

    @Produces
    @ApplicationScoped
    ManagingInspectionPlans managingInspectionPlans(Clock clock) {
        return plansAsOf(clock);
    }

    @Produces
    @ApplicationScoped
    ConductingInspections conductingInspections(Clock clock) {
        return inspectionsAsOf(clock);
    }

    public ManagingInspectionItems itemsAsOf(Clock clock) {
        return new InspectionItemService(items, townships, auditLog, clock,
                township -> settings.of(township).inspectionsPerEnterpriseYearly());
    }

    public ManagingInspectionPlans plansAsOf(Clock clock) {
        return new InspectionPlanService(plans, items, townships, auditLog, clock);
    }

    public ConductingInspections inspectionsAsOf(Clock clock) {
        return new InspectionService(inspections, items, officers, townships, auditLog, clock,
                township -> new InspectionPolicy(settings.of(township).inspectionsPerEnterpriseYearly()));
    }
}
