package fazhi.audit.service;

import fazhi.audit.model.AuditChain;
import fazhi.audit.model.AuditEvent;
import fazhi.audit.model.AuditFilter;
import fazhi.audit.model.Verification;
import fazhi.audit.port.in.ReadingAuditTrail;
import fazhi.audit.port.out.AuditEventRepository;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.Clock;

import java.util.Set;

public class AuditTrailService implements ReadingAuditTrail {

    private final AuditEventRepository events;
    private final Townships townships;
    private final Clock clock;

    public AuditTrailService(AuditEventRepository events, Townships townships, Clock clock) {
        this.events = events;
        this.townships = townships;
        this.clock = clock;
    }

    @Override
    public Page<AuditEvent> list(Actor actor, AuditFilter filter, PageRequest page) {
        if (filter.township() != null) {
            requireKnown(actor, filter.township());
            actor.requireRole(Role.AUDITOR, Role.LEADER);
            requireMayRead(actor, filter.township());
            return events.search(filter, null, page);
        }
        actor.requireRole(Role.AUDITOR, Role.LEADER);
        return events.search(filter, readableTownships(actor), page);
    }

    @Override
    public Verification verify(Actor actor, TownshipCode township) {
        requireKnown(actor, township);
        // township first (SYS-04), then the role: a break shows the event itself, so not for every role
        actor.requireRole(Role.AUDITOR, Role.LEADER);
        requireMayRead(actor, township);
        var verifier = new AuditChain.Verifier();
        events.forEachInChain(township, verifier::accept);
        return new Verification(township, verifier.checked(), verifier.firstBreak(), clock.now());
    }

    /**
     * The township must exist and be visible (SYS-04). The county-wide chain ({@link TownshipCode#COUNTY}) has no
     * township record: it is there for those who see every township.
     */
    private void requireKnown(Actor actor, TownshipCode township) {
        if (township.equals(TownshipCode.COUNTY)) {
            actor.requireTownship(township);
            return;
        }
        townships.get(actor, township);
    }

    /** Leaders read the log of their own townships only, never county-wide through {@code *}. */
    private static void requireMayRead(Actor actor, TownshipCode township) {
        if (actor.hasAnyRole(Role.AUDITOR)) {
            return;
        }
        if (!actor.townships().contains(township)) {
            throw new AccessDenied(actor.username(), Set.of(Role.AUDITOR));
        }
    }

    /** Null means every township (county auditors). */
    private Set<TownshipCode> readableTownships(Actor actor) {
        if (actor.hasAnyRole(Role.AUDITOR) && actor.allTownships()) {
            return null;
        }
        return actor.townships();
    }
}
