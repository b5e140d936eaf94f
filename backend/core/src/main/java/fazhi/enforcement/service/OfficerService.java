package fazhi.enforcement.service;

import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.OfficerDetails;
import fazhi.enforcement.port.in.ManagingOfficers;
import fazhi.enforcement.port.in.OfficerQuery;
import fazhi.enforcement.port.out.OfficerRepository;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.StaleRecord;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

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
    private final AuditLog auditLog;
    private final Clock clock;

    public OfficerService(OfficerRepository officers, Townships townships, AuditLog auditLog, Clock clock) {
        this.officers = officers;
        this.townships = townships;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Officer register(Actor actor, TownshipCode township, OfficerDetails details) {
        townships.get(actor, township);
        actor.requireRole(KEEPERS);
        requireCertificateNumberFree(township, details, null);
        Officer officer = Officer.register(UUID.randomUUID().toString(), township, details);
        Officer saved = officers.save(officer, stamp(actor));
        audit(actor, saved, "officer.registered", Map.of());
        return saved;
    }

    @Override
    public Officer update(Actor actor, TownshipCode township, String id, long expectedVersion,
                          OfficerDetails details) {
        return change(actor, township, id, expectedVersion, KEEPERS, "officer.updated", officer -> {
            requireCertificateNumberFree(township, details, id);
            officer.update(details);
        });
    }

    @Override
    public Officer suspend(Actor actor, TownshipCode township, String id, long expectedVersion, String reason) {
        return change(actor, township, id, expectedVersion, DECIDERS, "officer.suspended",
                officer -> officer.suspend(reason));
    }

    @Override
    public Officer reinstate(Actor actor, TownshipCode township, String id, long expectedVersion) {
        return change(actor, township, id, expectedVersion, DECIDERS, "officer.reinstated", Officer::reinstate);
    }

    @Override
    public Officer get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return load(township, id);
    }

    @Override
    public Page<Officer> list(Actor actor, TownshipCode township, OfficerQuery query, PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        return officers.search(township, query, page, clock.today());
    }

    private Officer change(Actor actor, TownshipCode township, String id, long expectedVersion, Role[] allowed,
                           String action, Consumer<Officer> change) {
        actor.require(township, allowed);
        Officer officer = load(township, id);
        if (officer.version() != expectedVersion) {
            throw new StaleRecord(RECORD_TYPE, id, expectedVersion, officer.version());
        }
        Map<String, String> before = officer.snapshot();
        change.accept(officer);
        Officer saved = officers.save(officer, stamp(actor));
        audit(actor, saved, action, before);
        return saved;
    }

    private Officer load(TownshipCode township, String id) {
        return officers.find(township, id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    private void requireCertificateNumberFree(TownshipCode township, OfficerDetails details, String exceptId) {
        if (details.certificate() != null
                && officers.certificateNumberTaken(township, details.certificate().number(), exceptId)) {
            throw new InvalidInput("certificate.number", "certificate.number.taken", details.certificate().number());
        }
    }

    private Stamp stamp(Actor actor) {
        return new Stamp(clock.now(), actor.username());
    }

    private void audit(Actor actor, Officer officer, String action, Map<String, String> before) {
        auditLog.record(new AuditLog.Entry(officer.township(), actor.username(), clock.now(), action, RECORD_TYPE,
                officer.id(), Change.masking(Change.between(before, officer.snapshot()), Officer.PERSONAL_FIELDS)));
    }
}
