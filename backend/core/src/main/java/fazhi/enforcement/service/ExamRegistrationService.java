package fazhi.enforcement.service;

import fazhi.enforcement.model.Certificate;
import fazhi.enforcement.model.ExamRegistration;
import fazhi.enforcement.model.ExamRegistrationDetails;
import fazhi.enforcement.model.ExamResult;
import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.OfficerDetails;
import fazhi.enforcement.port.in.ExamRegistrationQuery;
import fazhi.enforcement.port.in.ManagingExamRegistrations;
import fazhi.enforcement.port.in.ManagingOfficers;
import fazhi.enforcement.port.out.ExamRegistrationRepository;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.service.RecordChanges;

import java.util.Map;
import java.util.UUID;

public class ExamRegistrationService implements ManagingExamRegistrations {

    static final String RECORD_TYPE = "exam-registration";

    /** Reading the registrations: every role that works in a township. */
    static final Role[] READERS = {Role.STAFF, Role.OFFICER, Role.LEGAL_REVIEWER, Role.LEADER, Role.AUDITOR,
            Role.COUNTY_SYSTEM, Role.ADMIN};
    /** Registering and recording results: the office clerks and the leadership, who keep the officer register. */
    static final Role[] KEEPERS = {Role.STAFF, Role.LEADER};

    private final ExamRegistrationRepository registrations;
    private final ManagingOfficers officers;
    private final Townships townships;
    private final Clock clock;
    private final RecordChanges<ExamRegistration> changes;

    public ExamRegistrationService(ExamRegistrationRepository registrations, ManagingOfficers officers,
                                   Townships townships, AuditLog auditLog, Clock clock) {
        this.registrations = registrations;
        this.officers = officers;
        this.townships = townships;
        this.clock = clock;
        this.changes = new RecordChanges<>(RECORD_TYPE, registrations::find, registrations::save, auditLog,
                clock);
    }

    @Override
    public ExamRegistration register(Actor actor, TownshipCode township, ExamRegistrationDetails details,
                                     String officerId) {
        townships.get(actor, township);
        actor.requireRole(KEEPERS);
        String officer = requireOfficer(actor, township, officerId);
        ExamRegistration registration = ExamRegistration.register(UUID.randomUUID().toString(), township, details,
                officer);
        ExamRegistration saved = registrations.save(registration, changes.stamp(actor));
        changes.audit(actor, saved, "exam-registration.registered", Map.of());
        return saved;
    }

    @Override
    public ExamRegistration revise(Actor actor, TownshipCode township, String id, long expectedVersion,
                                   ExamRegistrationDetails details, String officerId) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "exam-registration.revised",
                registration -> registration.revise(details, requireOfficer(actor, township, officerId)));
    }

    @Override
    public ExamRegistration recordResult(Actor actor, TownshipCode township, String id, long expectedVersion,
                                         ExamResult result) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "exam-registration.result-recorded",
                registration -> {
                    registration.record(result, clock.today());
                    if (result instanceof ExamResult.Passed passed) {
                        issue(actor, township, registration, passed.certificate());
                    }
                });
    }

    @Override
    public ExamRegistration get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return changes.load(township, id);
    }

    @Override
    public Page<ExamRegistration> list(Actor actor, TownshipCode township, ExamRegistrationQuery query,
                                       PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        return registrations.search(township, query, page);
    }

    /**
     * The certificate of a pass goes to the officer register through its own use case, so that its rules hold: a
     * new officer holding it, or the linked officer's certificate replaced (a renewal).
     */
    private void issue(Actor actor, TownshipCode township, ExamRegistration registration, Certificate certificate) {
        if (registration.officerId() == null) {
            Officer officer = officers.register(actor, township, new OfficerDetails(
                    registration.details().personName(), registration.details().department(), null, certificate));
            registration.issuedTo(officer.id());
        } else {
            Officer officer = officers.get(actor, township, registration.officerId());
            OfficerDetails held = officer.details();
            officers.update(actor, township, officer.id(), officer.version(),
                    new OfficerDetails(held.name(), held.department(), held.phone(), certificate));
        }
    }

    /** The linked officer, when one is named, must be in the township's register. */
    private String requireOfficer(Actor actor, TownshipCode township, String officerId) {
        String id = officerId == null || officerId.isBlank() ? null : officerId.strip();
        if (id == null) {
            return null;
        }
        try {
            return officers.get(actor, township, id).id();
        } catch (RecordNotFound e) {
            throw new InvalidInput("officerId", "exam.officer.unknown", id);
        }
    }
}
