package fazhi.testing;

import fazhi.enforcement.model.ExamRegistration;
import fazhi.enforcement.model.ExamStatus;
import fazhi.enforcement.model.Officer;
import fazhi.enforcement.service.ExamRegistrationService;
import fazhi.enforcement.service.OfficerService;
import fazhi.shared.model.Stamp;
import fazhi.shared.service.TownshipService;

import java.time.Instant;

/**
 * Exam registrations wired to in-memory ports and to the real officer register (itself on in-memory ports), the
 * way the app wires them. "Today" is 2025-06-30, after the default exam day of 2025-06-21.
 */
public final class ExamRegistrationFixture {

    public static final Instant NOW = Instant.parse("2025-06-30T02:00:00Z");
    private static final Stamp EARLIER = new Stamp(Instant.parse("2025-05-12T01:00:00Z"), "staff.user");

    public final FixedClock clock = FixedClock.at(NOW);
    public final InMemoryExamRegistrationRepository registrations = new InMemoryExamRegistrationRepository();
    public final InMemoryOfficerRepository officers = new InMemoryOfficerRepository();
    public final RecordingAuditLog auditLog = new RecordingAuditLog();
    public final TownshipService townships = new TownshipService(TestTownships.theCounty(), auditLog, clock);
    public final OfficerService officerRegister = new OfficerService(officers, townships, auditLog, clock);
    public final ExamRegistrationService service = new ExamRegistrationService(registrations, officerRegister,
            townships, auditLog, clock);

    /** A registration waiting for its result, stored at version 1 without going through the service. */
    public ExamRegistration given(String id, ExamRegistrationDetailsBuilder details, String officerId) {
        return given(id, TestTownships.JINHE, details, officerId);
    }

    public ExamRegistration given(String id, fazhi.shared.model.TownshipCode township,
                                  ExamRegistrationDetailsBuilder details, String officerId) {
        return registrations.store(new ExamRegistration(id, township, details.build(), officerId,
                ExamStatus.REGISTERED, null, null, null, 1, EARLIER, EARLIER));
    }

    /** Puts an officer in the register without going through its service. */
    public Officer given(OfficerBuilder officer) {
        return officers.store(officer.build());
    }
}
