package fazhi.enforcement.service;

import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.OfficerDetails;
import fazhi.enforcement.port.in.ManagingOfficers;
import fazhi.enforcement.port.in.OfficerQuery;
import fazhi.enforcement.port.out.OfficerRepository;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.service.RecordChanges;

import java.util.Map;
import java.util.UUID;

public class OfficerService implements ManagingOfficers {

    static final String RECORD_TYPE = "officer";

    /** Reading the register: every role that works in a township. */
    static final Role[] READERS = {Role.STAFF, Role.OFFICER, Role.LEGAL_REVIEWER, Role.LEADER, Role.AUDITOR,
            Role.COUNTY_SYSTEM, Role.ADMIN};
    /** Keeping the register: the office clerks and the leadership. */
    static final Role[] KEEPERS = {Role.STAFF, Role.LEADER};
    /** Suspending and reinstating an officer is a leadership decision. */
    static final Role[] DECIDERS = {Role.LEADER};

    private final OfficerRepository officers;
    private final Townships townships;
    private final Clock clock;
    private final RecordChanges<Officer> changes;

    public OfficerService(OfficerRepository officers, Townships townships, AuditLog auditLog, Clock clock) {
        this.officers = officers;
        this.townships = townships;
        this.clock = clock;
        this.changes = new RecordChanges<>(RECORD_TYPE, officers::find, officers::save, auditLog, clock,
                Officer.PERSONAL_FIELDS);
    }

    @Override
    public Officer register(Actor actor, TownshipCode township, OfficerDetails details) {
        townships.get(actor, township);
        actor.requireRole(KEEPERS);
        requireCertificateNumberFree(township, details, null);
        Officer officer = Officer.register(UUID.randomUUID().toString(), township, details);
        Officer saved = officers.save(officer, changes.stamp(actor));
        changes.audit(actor, saved, "officer.registered", Map.of());
        return saved;
    }

    @Override
    public Officer update(Actor actor, TownshipCode township, String id, long expectedVersion,
                          OfficerDetails details) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "officer.updated", officer -> {
            requireCertificateNumberFree(township, details, id);
            officer.update(details);
        });
    }

    @Override
    public Officer suspend(Actor actor, TownshipCode township, String id, long expectedVersion, String reason) {
        return changes.change(actor, township, id, expectedVersion, DECIDERS, "officer.suspended",
                officer -> officer.suspend(reason));
    }

    @Override
    public Officer reinstate(Actor actor, TownshipCode township, String id, long expectedVersion) {
        return changes.change(actor, township, id, expectedVersion, DECIDERS, "officer.reinstated", Officer::reinstate);
    }

    @Override
    public Officer get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return changes.load(township, id);
    }

    @Override
    public Page<Officer> list(Actor actor, TownshipCode township, OfficerQuery query, PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        return officers.search(township, query, page, clock.today());
    }

    private void requireCertificateNumberFree(TownshipCode township, OfficerDetails details, String exceptId) {
        if (details.certificate() != null
                && officers.certificateNumberTaken(township, details.certificate().number(), exceptId)) {
            throw new InvalidInput("certificate.number", "certificate.number.taken", details.certificate().number());
        }
    }
}
