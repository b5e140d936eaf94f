package fazhi.testing;

import fazhi.enforcement.model.EnforcementCase;
import fazhi.enforcement.model.EnforcementSettings;
import fazhi.enforcement.model.Officer;
import fazhi.enforcement.service.EnforcementCaseService;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Role;
import fazhi.shared.service.TownshipService;

import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.CertificateBuilder.aCertificate;
import static fazhi.testing.OfficerBuilder.anOfficer;
import static fazhi.testing.OfficerDetailsBuilder.officerDetails;
import static fazhi.testing.TestTownships.JINHE;

/**
 * Enforcement cases wired to in-memory ports, the way the app wires them to real ones. Today is 2025-06-30;
 * officer-1 (李明) and officer-2 (王芳) of Jinhe hold certificates valid through 2025 and 2026.
 */
public final class EnforcementCaseFixture {

    public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    public final FixedClock clock = FixedClock.on(TODAY);
    public final InMemoryOfficerRepository officers = new InMemoryOfficerRepository();
    public final InMemoryEnforcementCaseRepository cases = new InMemoryEnforcementCaseRepository();
    public final InMemoryTownshipRepository townshipRepository = TestTownships.theCounty();
    public final RecordingAuditLog auditLog = new RecordingAuditLog();
    public final TownshipService townships = new TownshipService(townshipRepository, auditLog, clock);
    public final ScriptedReviewGate gate = new ScriptedReviewGate();
    public final RecordingReviewSubmissions reviews = new RecordingReviewSubmissions();
    public EnforcementSettings settings = EnforcementSettings.DEFAULTS;
    public final InMemoryCaseFiles files = new InMemoryCaseFiles();
    public final EnforcementCaseService service = new EnforcementCaseService(cases, officers, townships, gate,
            reviews, township -> settings, files, auditLog, clock);

    public final Actor officer = a(Role.OFFICER).named("li.ming").of(JINHE).build();
    public final Actor leader = a(Role.LEADER).named("zhao.mayor").of(JINHE).build();
    public final Actor staff = a(Role.STAFF).named("chen.clerk").of(JINHE).build();

    public EnforcementCaseFixture() {
        officers.store(anOfficer().withId("officer-1")
                .with(officerDetails().named("李明").holding(aCertificate().numbered("湘执证-0001"))).build());
        officers.store(anOfficer().withId("officer-2")
                .with(officerDetails().named("王芳").holding(aCertificate().numbered("湘执证-0002"))).build());
    }

    /** Puts a case in the register without going through the service (and without auditing). */
    public EnforcementCase given(EnforcementCaseBuilder c) {
        return cases.store(c.build());
    }

    public Officer given(OfficerBuilder officer) {
        return officers.store(officer.build());
    }

    /** Moves today to {@code day}. */
    public void today(LocalDate day) {
        clock.set(FixedClock.on(day).now());
    }
}
