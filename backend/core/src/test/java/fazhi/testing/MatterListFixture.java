package fazhi.testing;

import fazhi.enforcement.model.EnforcementMatter;
import fazhi.enforcement.service.EnforcementMatterService;
import fazhi.shared.service.TownshipService;

import java.time.Instant;

/** The enforcement matters list wired to in-memory ports, the way the app wires it to real ones. */
public final class MatterListFixture {

    /** 2025-06-30, 10:00 in the townships' zone. */
    public static final Instant NOW = Instant.parse("2025-06-30T02:00:00Z");

    public final FixedClock clock = FixedClock.at(NOW);
    public final InMemoryEnforcementMatterRepository matters = new InMemoryEnforcementMatterRepository();
    public final RecordingAuditLog auditLog = new RecordingAuditLog();
    public final TownshipService townships = new TownshipService(TestTownships.theCounty(), auditLog, clock);
    public final EnforcementMatterService service = new EnforcementMatterService(matters, townships, auditLog,
            clock);

    /** Puts a matter in the list without going through the service (and without auditing). */
    public EnforcementMatter given(EnforcementMatterBuilder matter) {
        return matters.store(matter.build());
    }
}
