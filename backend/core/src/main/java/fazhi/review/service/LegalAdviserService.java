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
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.service.RecordChanges;

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
    private final RecordChanges<LegalAdviser> changes;

    public LegalAdviserService(LegalAdviserRepository advisers, ConsultationRepository consultations,
                               Townships townships, AuditLog auditLog, Clock clock) {
        this.advisers = advisers;
        this.consultations = consultations;
        this.townships = townships;
        this.auditLog = auditLog;
        this.clock = clock;
        this.changes = new RecordChanges<>(RECORD_TYPE, advisers::find, advisers::save, auditLog, clock);
    }

    @Override
    public LegalAdviser engage(Actor actor, TownshipCode township, AdviserDetails details) {
        townships.get(actor, township);
        actor.requireRole(KEEPERS);
        LegalAdviser saved = advisers.save(LegalAdviser.engage(UUID.randomUUID().toString(), township, details),
                changes.stamp(actor));
        changes.audit(actor, saved, "legal-adviser.engaged", Map.of());
        return saved;
    }

    @Override
    public LegalAdviser update(Actor actor, TownshipCode township, String id, long expectedVersion,
                               AdviserDetails details) {
        return changes.change(actor, township, id, expectedVersion, KEEPERS, "legal-adviser.updated",
                adviser -> adviser.update(details));
    }

    @Override
    public LegalAdviser get(Actor actor, TownshipCode township, String id) {
        actor.require(township, READERS);
        return changes.load(township, id);
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
        LegalAdviser adviser = changes.load(township, adviserId);
        RecordChanges<Consultation> ofTheAdviser = consultationsOf(adviserId);
        Consultation saved = consultations.save(Consultation.log(UUID.randomUUID().toString(), adviser, details),
                ofTheAdviser.stamp(actor));
        ofTheAdviser.audit(actor, saved, "legal-adviser.consulted", Map.of());
        return saved;
    }

    @Override
    public Consultation updateConsultation(Actor actor, TownshipCode township, String adviserId, String id,
                                           long expectedVersion, ConsultationDetails details) {
        actor.require(township, KEEPERS);
        LegalAdviser adviser = changes.load(township, adviserId);
        return consultationsOf(adviserId).change(actor, township, id, expectedVersion, KEEPERS,
                "legal-adviser.consultation-updated", consultation -> consultation.update(adviser, details));
    }

    @Override
    public Consultation consultation(Actor actor, TownshipCode township, String adviserId, String id) {
        actor.require(township, READERS);
        changes.load(township, adviserId);
        return consultationsOf(adviserId).load(township, id);
    }

    @Override
    public Page<Consultation> consultations(Actor actor, TownshipCode township, String adviserId,
                                            ConsultationQuery query, PageRequest page) {
        actor.require(township, READERS);
        changes.load(township, adviserId);
        return consultations.search(township, adviserId, query, page);
    }

    /** A consultation is one adviser's: found only under it. */
    private RecordChanges<Consultation> consultationsOf(String adviserId) {
        return new RecordChanges<>(CONSULTATION_TYPE,
                (township, id) -> consultations.find(township, adviserId, id), consultations::save, auditLog, clock);
    }
}
