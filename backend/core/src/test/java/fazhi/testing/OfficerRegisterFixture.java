package fazhi.testing;

import fazhi.enforcement.model.Officer;
import fazhi.enforcement.service.OfficerService;
import fazhi.shared.service.TownshipService;

import java.time.Instant;

/** The officer register wired to in-memory ports, the way the app wires it to real ones. */
public final class OfficerRegisterFixture {

    public static final Instant NOW = Instant.parse("2025-06-30T02:00:00Z");

    public final FixedClock clock = FixedClock.at(NOW);
    public final InMemoryOfficerRepository officers = new InMemoryOfficerRepository();
    public final InMemoryTownshipRepository townshipRepository = TestTownships.theCounty();
    public final RecordingAuditLog auditLog = new RecordingAuditLog();
    public final TownshipService townships = new TownshipService(townshipRepository, auditLog, clock);
    public final OfficerService service = new OfficerService(officers, townships, auditLog, clock);

    /** Puts an officer in the register without going through the service (and without auditing). */
    public Officer given(OfficerBuilder officer) {
        return officers.store(officer.build());
    }
}
