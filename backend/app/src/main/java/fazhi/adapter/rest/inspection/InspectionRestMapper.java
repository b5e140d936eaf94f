package fazhi.adapter.rest.inspection;

import fazhi.enforcement.model.Inspection;
import fazhi.enforcement.model.InspectionDraft;
import fazhi.enforcement.model.InspectionItem;
import fazhi.enforcement.model.InspectionItemDetails;
import fazhi.enforcement.model.InspectionPlan;
import fazhi.enforcement.model.InspectionPlanDetails;
import fazhi.enforcement.model.PlanTargets;
import fazhi.enforcement.model.PlannedItem;
import fazhi.enforcement.model.RecordedResult;

import java.util.List;
import java.util.Map;

/** Between the API's request and view records and the core's items, plans and inspections. */
final class InspectionRestMapper {

    private InspectionRestMapper() {
    }

    static InspectionItemDetails details(InspectionItemRequest r) {
        return new InspectionItemDetails(r.listTitle(), r.code(), r.name(), r.subjects(), r.legalBasis(),
                r.department(), r.field(), r.method(), r.yearlyCap());
    }

    static InspectionItemView view(InspectionItem item) {
        InspectionItemDetails d = item.details();
        return new InspectionItemView(item.id(), item.township().value(), d.listTitle(), d.code(), d.name(),
                d.subjects(), d.legalBasis(), d.department(), d.field(), d.method(), d.yearlyCap(), item.published(),
                item.publishedOn(), item.version(), item.created() == null ? null : item.created().at(),
                item.updated() == null ? null : item.updated().at());
    }

    static PublicInspectionItemView publicView(InspectionItem item) {
        InspectionItemDetails d = item.details();
        return new PublicInspectionItemView(item.id(), d.listTitle(), d.code(), d.name(), d.subjects(),
                d.legalBasis(), d.department(), d.field(), d.method(), d.yearlyCap(), item.publishedOn());
    }

    static InspectionPlanDetails details(InspectionPlanRequest r) {
        InspectionPlanTargetsRequest t = r.targets();
        PlanTargets targets = t == null ? PlanTargets.none()
                : new PlanTargets(t.enterpriseKinds(), t.enterpriseCount());
        List<PlannedItem> items = r.items() == null ? List.of() : r.items().stream()
                .map(i -> i == null ? null : new PlannedItem(i.itemId(), i.months(), i.quarter()))
                .toList();
        return new InspectionPlanDetails(r.year(), r.title(), targets, items);
    }

    static InspectionPlanView view(InspectionPlan plan, Map<String, InspectionItem> items) {
        InspectionPlanDetails d = plan.details();
        return new InspectionPlanView(plan.id(), plan.township().value(), d.year(), d.title(), targets(plan),
                plannedItems(plan, items), plan.status(), plan.filedOn(), plan.filingReference(), plan.publishedOn(),
                plan.version(), plan.created() == null ? null : plan.created().at(),
                plan.updated() == null ? null : plan.updated().at());
    }

    static PublicInspectionPlanView publicView(InspectionPlan plan, Map<String, InspectionItem> items) {
        InspectionPlanDetails d = plan.details();
        return new PublicInspectionPlanView(plan.id(), d.year(), d.title(), targets(plan), plannedItems(plan, items),
                plan.filedOn(), plan.filingReference(), plan.publishedOn());
    }

    private static InspectionPlanTargetsView targets(InspectionPlan plan) {
        PlanTargets t = plan.details().targets();
        return new InspectionPlanTargetsView(t.enterpriseKinds(), t.enterpriseCount());
    }

    private static List<PlannedItemView> plannedItems(InspectionPlan plan, Map<String, InspectionItem> items) {
        return plan.details().items().stream().map(planned -> {
            InspectionItem item = items.get(planned.itemId());
            return new PlannedItemView(planned.itemId(), item == null ? null : item.details().code(),
                    item == null ? null : item.details().name(), item == null ? null : item.details().field(),
                    item == null ? null : item.details().method(), planned.months(), planned.quarter());
        }).toList();
    }

    static InspectionDraft draft(InspectionRequest r) {
        return InspectionDraft.of(r.enterprise().name(), r.enterprise().creditCode(), r.itemId(), r.officerIds(),
                r.plannedOn(), r.reason(), r.reasonNote());
    }

    static RecordedResult result(InspectionResultRequest r) {
        return RecordedResult.of(r.inspectedOn(), r.result(), r.findings(), r.rectificationDueOn(),
                r.caseReference());
    }

    static InspectionView view(Inspection i) {
        return new InspectionView(i.id(), i.township().value(),
                new InspectionView.Enterprise(i.enterprise().name(), i.enterprise().creditCode().value()),
                new InspectionView.Item(i.item().id(), i.item().code(), i.item().name(), i.item().method()),
                i.item().field(),
                i.officers().stream().map(o -> new InspectionView.Officer(o.id(), o.name(), o.certificateNumber()))
                        .toList(),
                i.plannedOn(), i.inspectedOn(), i.countedOn(), i.reason(), i.reasonNote(), i.status(),
                i.approvedOn(), i.approvedBy(), i.beyondYearlyCap(), i.notifiedOn(), i.result(), i.findings(),
                i.rectificationDueOn(), i.caseReference(), i.version(),
                i.created() == null ? null : i.created().at(), i.updated() == null ? null : i.updated().at());
    }
}
