package fazhi.review.service;

import fazhi.review.model.AdviserDetails;
import fazhi.review.model.Consultation;
import fazhi.review.model.ConsultationDetails;
import fazhi.review.model.LegalAdviser;
import fazhi.review.port.in.ConsultationQuery;
import fazhi.review.port.in.LegalAdviserQuery;
import fazhi.review.port.in.ManagingLegalAdvisers;
import fazhi.review.port.out.ConsultationRepository;
import fazhi.review.port.out.LegalAdviserRepository;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.StaleRecord;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;

import java.util.Map;
import java.util.UUID;

import static fazhi.review.service.GovernanceRoles.KEEPERS;
import static fazhi.review.service.GovernanceRoles.READERS;

public class LegalAdviserService implements ManagingLegalAdvisers {

    static final String RECORD_TYPE = "legal-adviser";
    static final String CONSULTATION_TYPE = "legal-adviser-consultation";

    private final LegalAdviserRepository advisers;
    private final ConsultationRepository consultations;
    private final Townships townships;
    private final AuditLog auditLog;
    private final Clock clock;

    public LegalAdviserService(LegalAdviserRepository advisers, ConsultationRepository consultations,
                               Townships townships, AuditLog auditLog, Clock clock) {
        this.advisers = advisers;
        this.consultations = consultations;
        this.townships = townships;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public LegalAdviser engage(Actor actor, TownshipCode township, AdviserDetails details) {
        townships.get(actor, township);
        actor.requireRole(KEEPERS);
        LegalAdviser saved = advisers.save(LegalAdviser.engage(UUID.randomUUID().toString(), township, details),
                stamp(actor));
        audit(actor, township, "legal-adviser.engaged", RECORD_TYPE, saved.id(), Map.of(), saved.snapshot());
        return saved;
    }

    @Override
    public LegalAdviser update(Actor actor, TownshipCode township, String id, long expectedVersion,
                               AdviserDetails details) {
        actor.require(township, KEEPERS);
        LegalAdviser adviser = load(township, id);
        if (adviser.version() != expectedVersion) {
            throw new StaleRecord(RECORD_TYPE, id, expectedVersion, adviser.version());
        }
        Map<String, String> before = adviser.snapshot();
        adviser.update(details);
        LegalAdviser saved = advisers.save(adviser, stamp(actor));
        audit(actor, township, "legal-adviser.updated", RECORD_TYPE, id, before, saved.snapshot());
        return saved;
    }

    @Override
    public LegalAdviser get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return load(township, id);
    }

    @Override
    public Page<LegalAdviser> list(Actor actor, TownshipCode township, LegalAdviserQuery query, PageRequest page) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        return advisers.search(township, query, page);
    }

    @Override
    public Consultation consult(Actor actor, TownshipCode township, String adviserId, ConsultationDetails details) {
        actor.require(township, KEEPERS);
        LegalAdviser adviser = load(township, adviserId);
        Consultation saved = consultations.save(Consultation.log(UUID.randomUUID().toString(), adviser, details),
                stamp(actor));
        audit(actor, township, "legal-adviser.consulted", CONSULTATION_TYPE, saved.id(), Map.of(), saved.snapshot());
        return saved;
    }

    @Override
    public Consultation updateConsultation(Actor actor, TownshipCode township, String adviserId, String id,
                                           long expectedVersion, ConsultationDetails details) {
        actor.require(township, KEEPERS);
        LegalAdviser adviser = load(township, adviserId);
        Consultation consultation = loadConsultation(township, adviserId, id);
        if (consultation.version() != expectedVersion) {
            throw new StaleRecord(CONSULTATION_TYPE, id, expectedVersion, consultation.version());
        }
        Map<String, String> before = consultation.snapshot();
        consultation.update(adviser, details);
        Consultation saved = consultations.save(consultation, stamp(actor));
        audit(actor, township, "legal-adviser.consultation-updated", CONSULTATION_TYPE, id, before, saved.snapshot());
        return saved;
    }

    @Override
    public Consultation consultation(Actor actor, TownshipCode township, String adviserId, String id) {
        actor.require(township, READERS);
        load(township, adviserId);
        return loadConsultation(township, adviserId, id);
    }

    @Override
    public Page<Consultation> consultations(Actor actor, TownshipCode township, String adviserId,
                                            ConsultationQuery query, PageRequest page) {
        actor.require(township, READERS);
        load(township, adviserId);
        return consultations.search(township, adviserId, query, page);
    }

    private LegalAdviser load(TownshipCode township, String id) {
        return advisers.find(township, id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    private Consultation loadConsultation(TownshipCode township, String adviserId, String id) {
        return consultations.find(township, adviserId, id)
                .orElseThrow(() -> new RecordNotFound(CONSULTATION_TYPE, id));
    }

    private Stamp stamp(Actor actor) {
        return new Stamp(clock.now(), actor.username());
    }

    private void audit(Actor actor, TownshipCode township, String action, String recordType, String id,
                       Map<String, String> before, Map<String, String> after) {
        auditLog.record(new AuditLog.Entry(township, actor.username(), clock.now(), action, recordType, id,
                Change.between(before, after)));
    }
}
