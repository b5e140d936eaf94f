package fazhi.enforcement.service;

import fazhi.enforcement.model.InspectionItem;
import fazhi.enforcement.model.InspectionPlan;
import fazhi.enforcement.model.InspectionPlanDetails;
import fazhi.enforcement.model.InspectionPolicy;
import fazhi.enforcement.model.PlannedItem;
import fazhi.enforcement.port.in.InspectionPlanQuery;
import fazhi.enforcement.port.in.ManagingInspectionPlans;
import fazhi.enforcement.port.out.InspectionItemRepository;
import fazhi.enforcement.port.out.InspectionPlanRepository;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.service.RecordChanges;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static fazhi.enforcement.service.InspectionRoles.KEEPERS;
import static fazhi.enforcement.service.InspectionRoles.LEADERS;
import static fazhi.enforcement.service.InspectionRoles.PUBLIC;
import static fazhi.enforcement.service.InspectionRoles.READERS;

public class InspectionPlanService implements ManagingInspectionPlans {

    static final String RECORD_TYPE = "inspectionPlan";

    private final InspectionPlanRepository plans;
    private final InspectionItemRepository items;
    private final Townships townships;
    private final Clock clock;
    private final RecordChanges<InspectionPlan> changes;

    public InspectionPlanService(InspectionPlanRepository plans, InspectionItemRepository items, Townships townships,
                                 AuditLog auditLog, Clock clock) {
        this.plans = plans;
        this.items = items;
        this.townships = townships;
        this.clock = clock;
        this.changes = new RecordChanges<>(RECORD_TYPE, plans::find, plans::save, auditLog, clock);
    }

    @Override
    public InspectionPlan create(Actor actor, TownshipCode township, InspectionPlanDetails details) {
        townships.get(actor, township);
        actor.requireRole(KEEPERS);
        requireListed(township, details);
        InspectionPlan plan = InspectionPlan.draft(UUID.randomUUID().toString(), township, details);
        InspectionPlan saved = plans.save(plan, changes.stamp(actor));
        changes.audit(actor, saved, "inspectionPlan.created", Map.of());
        return saved;
    }

    @Override
    public InspectionPlan update(Actor actor, TownshipCode township, String id, long expectedVersion,
                                 InspectionPlanDetails details) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "inspectionPlan.updated", plan -> {
            plan.revise(details);
            requireListed(township, details);
        });
    }

    @Override
    public InspectionPlan file(Actor actor, TownshipCode township, String id, long expectedVersion,
                               LocalDate filedOn, String filingReference) {
        return changes.change(actor, township, id, expectedVersion, LEADERS, "inspectionPlan.filed",
                plan -> plan.file(filedOn, filingReference, clock.today()));
    }

    @Override
    public InspectionPlan publish(Actor actor, TownshipCode township, String id, long expectedVersion) {
        return changes.change(actor, township, id, expectedVersion, LEADERS, "inspectionPlan.published",
                plan -> plan.publish(clock.today()));
    }

    @Override
    public InspectionPlan get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return changes.load(township, id);
    }

    @Override
    public Page<InspectionPlan> list(Actor actor, TownshipCode township, InspectionPlanQuery query,
                                     PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        return plans.search(township, query, page);
    }

    @Override
    public Page<InspectionPlan> published(TownshipCode township, PageRequest page) {
        townships.get(PUBLIC, township);
        return plans.search(township, InspectionPlanQuery.publishedOnly(), page);
    }

    @Override
    public Map<String, InspectionItem> plannedItems(TownshipCode township, Collection<InspectionPlan> planned) {
        Set<String> ids = new LinkedHashSet<>();
        planned.forEach(plan -> ids.addAll(plan.details().itemIds()));
        if (ids.isEmpty()) {
            return Map.of();
        }
        return items.findAll(township, ids).stream()
                .collect(Collectors.toMap(InspectionItem::id, Function.identity()));
    }

    /** ENF-14: a plan names items of the township's list, and only published ones (清单之外无检查). */
    private void requireListed(TownshipCode township, InspectionPlanDetails details) {
        Map<String, InspectionItem> found = items.findAll(township, details.itemIds()).stream()
                .collect(Collectors.toMap(InspectionItem::id, Function.identity()));
        List<InvalidInput.FieldViolation> unknown = new ArrayList<>();
        List<PlannedItem> planned = details.items();
        for (int i = 0; i < planned.size(); i++) {
            if (!found.containsKey(planned.get(i).itemId())) {
                unknown.add(new InvalidInput.FieldViolation("items[" + i + "].itemId", "inspectionPlan.item.unknown",
                        List.of()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        for (PlannedItem item : planned) {
            InspectionPolicy.requirePlannable(found.get(item.itemId()));
        }
    }
}
