package fazhi.testing;

import fazhi.enforcement.model.Inspection;
import fazhi.enforcement.model.InspectionItem;
import fazhi.enforcement.model.InspectionPolicy;
import fazhi.enforcement.model.InspectionResult;
import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.RecordedResult;
import fazhi.enforcement.service.InspectionItemService;
import fazhi.enforcement.service.InspectionPlanService;
import fazhi.enforcement.service.InspectionService;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Role;
import fazhi.shared.service.TownshipService;

import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.CertificateBuilder.aCertificate;
import static fazhi.testing.InspectionItemBuilder.anItem;
import static fazhi.testing.OfficerBuilder.anOfficer;
import static fazhi.testing.OfficerDetailsBuilder.officerDetails;
import static fazhi.testing.TestTownships.JINHE;

/**
 * The inspection area (items list, plans, inspections) wired to in-memory ports the way the app wires it to real
 * ones, with the default cap of 2. Today is 2025-06-30; Jinhe has two certified officers ({@code officer-1},
 * {@code officer-2}) and a published fire-safety item ({@code item-1}).
 */
public final class InspectionFixture {

    public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    public final FixedClock clock = FixedClock.on(TODAY);
    public final InMemoryTownshipRepository townshipRepository = TestTownships.theCounty();
    public final RecordingAuditLog auditLog = new RecordingAuditLog();
    public final TownshipService townships = new TownshipService(townshipRepository, auditLog, clock);
    public final InMemoryOfficerRepository officers = new InMemoryOfficerRepository();
    public final InMemoryInspectionItemRepository items = new InMemoryInspectionItemRepository();
    public final InMemoryInspectionPlanRepository plans = new InMemoryInspectionPlanRepository();
    public final InMemoryInspectionRepository inspections = new InMemoryInspectionRepository();

    public final InspectionItemService itemList = new InspectionItemService(items, townships, auditLog, clock,
            township -> InspectionPolicy.DEFAULT);
    public final InspectionPlanService planRegister = new InspectionPlanService(plans, items, townships, auditLog,
            clock);
    public final InspectionService service = withCap(InspectionPolicy.DEFAULT);

    public final Actor clerk = a(Role.STAFF).named("staff.yang").of(JINHE).build();
    public final Actor officer = a(Role.OFFICER).named("officer.long").of(JINHE).build();
    public final Actor leader = a(Role.LEADER).named("leader.tian").of(JINHE).build();

    public InspectionFixture() {
        given(anOfficer().withId("officer-1").with(officerDetails().named("龙建国")
                .holding(aCertificate().numbered("湘执法43122600101"))));
        given(anOfficer().withId("officer-2").with(officerDetails().named("滕晓梅")
                .holding(aCertificate().numbered("湘执法43122600102"))));
        given(anItem());
    }

    /** The inspection use cases with another township cap (ENF-14's setting). */
    public InspectionService withCap(int cap) {
        return new InspectionService(inspections, items, officers, townships, auditLog, clock,
                township -> new InspectionPolicy(cap));
    }

    public Officer given(OfficerBuilder officer) {
        return officers.store(officer.build());
    }

    public InspectionItem given(InspectionItemBuilder item) {
        return items.store(item.build());
    }

    public Inspection proposed(InspectionDraftBuilder draft) {
        return service.propose(officer, JINHE, draft.build());
    }

    public Inspection approved(InspectionDraftBuilder draft) {
        Inspection proposed = proposed(draft);
        return service.approve(leader, JINHE, proposed.id(), proposed.version(), false);
    }

    public Inspection notified(InspectionDraftBuilder draft) {
        Inspection approved = approved(draft);
        return service.notifyEnterprise(officer, JINHE, approved.id(), approved.version(), clock.today());
    }

    /** Done on its planned day with nothing found; moves the clock to that day. */
    public Inspection done(InspectionDraftBuilder draft) {
        Inspection notified = notified(draft);
        clock.set(FixedClock.on(notified.plannedOn()).now());
        return service.recordResult(officer, JINHE, notified.id(), notified.version(),
                RecordedResult.of(notified.plannedOn(), InspectionResult.NO_PROBLEM, null, null, null));
    }

    public void today(LocalDate day) {
        clock.set(FixedClock.on(day).now());
    }
}
