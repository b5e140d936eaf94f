package fazhi.enforcement.service;

import fazhi.enforcement.model.EnforcementTeam;
import fazhi.enforcement.model.InspectedOfficer;
import fazhi.enforcement.model.Inspection;
import fazhi.enforcement.model.InspectionDraft;
import fazhi.enforcement.model.InspectionItem;
import fazhi.enforcement.model.InspectionPolicy;
import fazhi.enforcement.model.InspectionReason;
import fazhi.enforcement.model.InspectionStatus;
import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.RecordedResult;
import fazhi.enforcement.model.YearlyInspections;
import fazhi.enforcement.port.in.ConductingInspections;
import fazhi.enforcement.port.in.InspectionQuery;
import fazhi.enforcement.port.out.InspectionItemRepository;
import fazhi.enforcement.port.out.InspectionRepository;
import fazhi.enforcement.port.out.OfficerRepository;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static fazhi.enforcement.service.InspectionRoles.INSPECTORS;
import static fazhi.enforcement.service.InspectionRoles.LEADERS;
import static fazhi.enforcement.service.InspectionRoles.READERS;

public class InspectionService implements ConductingInspections {

    static final String RECORD_TYPE = "inspection";

    private final InspectionRepository inspections;
    private final InspectionItemRepository items;
    private final OfficerRepository officers;
    private final Townships townships;
    private final Clock clock;
    private final RecordChanges<Inspection> changes;
    /** ENF-14's cap of the township, read when an inspection is checked. */
    private final Function<TownshipCode, InspectionPolicy> caps;

    public InspectionService(InspectionRepository inspections, InspectionItemRepository items,
                             OfficerRepository officers, Townships townships, AuditLog auditLog, Clock clock,
                             Function<TownshipCode, InspectionPolicy> caps) {
        this.inspections = inspections;
        this.items = items;
        this.officers = officers;
        this.townships = townships;
        this.clock = clock;
        this.changes = new RecordChanges<>(RECORD_TYPE, inspections::find, inspections::save, auditLog, clock);
        this.caps = caps;
    }

    @Override
    public Inspection propose(Actor actor, TownshipCode township, InspectionDraft draft) {
        townships.get(actor, township);
        actor.requireRole(INSPECTORS);
        Inspection inspection = checked(township, draft, null,
                (item, team) -> Inspection.propose(UUID.randomUUID().toString(), township, draft,
                        item.asInspected(), team));
        Inspection saved = inspections.save(inspection, changes.stamp(actor));
        changes.audit(actor, saved, "inspection.proposed", Map.of());
        return saved;
    }

    @Override
    public Inspection revise(Actor actor, TownshipCode township, String id, long expectedVersion,
                             InspectionDraft draft) {
        return changes.change(actor, township, id, expectedVersion, INSPECTORS, "inspection.revised", inspection -> {
            inspection.requireEditable();
            checked(township, draft, inspection.id(), (item, team) -> {
                inspection.revise(draft, item.asInspected(), team);
                return inspection;
            });
        });
    }

    @Override
    public Inspection approve(Actor actor, TownshipCode township, String id, long expectedVersion,
                              boolean exceedYearlyCap) {
        return changes.change(actor, township, id, expectedVersion, LEADERS, "inspection.approved", inspection -> {
            inspection.requireTransition(InspectionStatus.APPROVED);
            if (exceedYearlyCap) {
                InspectionPolicy.requireExceptionCaseTriggered(inspection.reason());
            }
            InspectionItem item = currentItem(township, inspection.item().id());
            InspectionPolicy.requireListed(item, inspection.plannedOn());
            team(township, inspection.officerIds(), inspection.plannedOn());
            boolean beyond = caps.apply(township).allowOneMore(inspection.enterprise(),
                    counted(township, inspection, inspection.plannedOn().getYear()), inspection.item(),
                    item.details().yearlyCap(), inspection.reason(), exceedYearlyCap);
            inspection.approve(actor.username(), clock.today(), beyond);
        });
    }

    @Override
    public Inspection notifyEnterprise(Actor actor, TownshipCode township, String id, long expectedVersion,
                                       LocalDate notifiedOn) {
        return changes.change(actor, township, id, expectedVersion, INSPECTORS, "inspection.notified",
                inspection -> inspection.notifyEnterprise(notifiedOn, clock.today()));
    }

    @Override
    public Inspection recordResult(Actor actor, TownshipCode township, String id, long expectedVersion,
                                   RecordedResult result) {
        return changes.change(actor, township, id, expectedVersion, INSPECTORS, "inspection.recorded", inspection -> {
            LocalDate today = clock.today();
            inspection.requireRecordable(result, today);
            // ENF-01, ENF-02 on the day it was actually done
            List<InspectedOfficer> team = team(township, inspection.officerIds(), result.inspectedOn());
            boolean beyond = false;
            int year = result.inspectedOn().getYear();
            if (year != inspection.countedOn().getYear()) {
                // done in another year than planned: it counts there, under that year's cap
                InspectionItem item = currentItem(township, inspection.item().id());
                beyond = caps.apply(township).allowOneMore(inspection.enterprise(), counted(township, inspection, year),
                        inspection.item(), item.details().yearlyCap(), inspection.reason(),
                        inspection.beyondYearlyCap());
            }
            inspection.record(result, team, today);
            if (beyond) {
                inspection.markBeyondYearlyCap();
            }
        });
    }

    @Override
    public Inspection get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return changes.load(township, id);
    }

    @Override
    public Page<Inspection> list(Actor actor, TownshipCode township, InspectionQuery query, PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        return inspections.search(township, query, page);
    }

    /** What an inspection was proposed or revised from: a listed item, a fit team, within the cap (ENF-14). */
    private Inspection checked(TownshipCode township, InspectionDraft draft, String exceptId, Proposal proposal) {
        InspectionItem item = items.find(township, draft.itemId())
                .orElseThrow(() -> new InvalidInput("itemId", "inspection.item.unknown"));
        List<Officer> found = officersOf(township, draft.officerIds());
        if (draft.plannedOn().isBefore(clock.today())) {
            throw new InvalidInput("plannedOn", "inspection.plannedOn.past", clock.today().toString());
        }
        InspectionPolicy.requireListed(item, draft.plannedOn());
        EnforcementTeam team = new EnforcementTeam(found);
        team.requireFitFor(draft.plannedOn());
        if (draft.reason() == InspectionReason.PLANNED) {
            // a case-triggered one may still go beyond the cap: the leader decides when approving
            YearlyInspections counted = inspections.countInYear(township, draft.enterprise().creditCode(),
                    draft.plannedOn().getYear(), item.id(), exceptId);
            caps.apply(township).allowOneMore(draft.enterprise(), counted, item.asInspected(),
                    item.details().yearlyCap(), draft.reason(), false);
        }
        return proposal.make(item, found.stream().map(InspectedOfficer::of).toList());
    }

    /** ENF-01, ENF-02: the officers, each once, fit for an action on {@code date}. */
    private List<InspectedOfficer> team(TownshipCode township, List<String> ids, LocalDate date) {
        List<Officer> found = officersOf(township, ids);
        new EnforcementTeam(found).requireFitFor(date);
        return found.stream().map(InspectedOfficer::of).toList();
    }

    private List<Officer> officersOf(TownshipCode township, List<String> ids) {
        Map<String, Officer> found = new LinkedHashMap<>();
        List<InvalidInput.FieldViolation> unknown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (found.containsKey(id)) {
                continue;
            }
            var officer = officers.find(township, id);
            if (officer.isPresent()) {
                found.put(id, officer.get());
            } else {
                unknown.add(new InvalidInput.FieldViolation("officerIds[" + i + "]", "inspection.officer.unknown",
                        List.of()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        return List.copyOf(found.values());
    }

    private YearlyInspections counted(TownshipCode township, Inspection inspection, int year) {
        return inspections.countInYear(township, inspection.enterprise().creditCode(), year,
                inspection.item().id(), inspection.id());
    }

    private InspectionItem currentItem(TownshipCode township, String itemId) {
        return items.find(township, itemId)
                .orElseThrow(() -> new IllegalStateException("inspection item " + itemId + " is gone"));
    }

    /** Makes the inspection once the item and the team are known and checked. */
    @FunctionalInterface
    private interface Proposal {
        Inspection make(InspectionItem item, List<InspectedOfficer> team);
    }
}
