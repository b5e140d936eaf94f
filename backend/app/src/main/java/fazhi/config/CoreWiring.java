package fazhi.config;

import fazhi.audit.port.in.ReadingAuditTrail;
import fazhi.audit.port.out.AuditEventRepository;
import fazhi.audit.service.AuditTrailService;
import fazhi.enforcement.port.in.ManagingOfficers;
import fazhi.enforcement.port.out.OfficerRepository;
import fazhi.enforcement.service.OfficerService;
import fazhi.shared.port.in.IdempotentRequests;
import fazhi.shared.port.in.PeopleOfTownships;
import fazhi.shared.port.in.SeeingRecords;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.port.out.IdempotencyStore;
import fazhi.shared.port.out.People;
import fazhi.shared.port.out.RecordDirectory;
import fazhi.shared.port.out.TownshipRepository;
import fazhi.shared.service.IdempotencyService;
import fazhi.shared.service.PeopleService;
import fazhi.shared.service.RecordVisibilityService;
import fazhi.shared.service.TownshipService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Turns the core's plain services into CDI beans, with the adapters as their ports. */
@ApplicationScoped
public class CoreWiring {

    @Produces
    @ApplicationScoped
    Townships townships(TownshipRepository repository, AuditLog auditLog, Clock clock) {
        return new TownshipService(repository, auditLog, clock);
    }

    @Produces
    @ApplicationScoped
    IdempotentRequests idempotentRequests(IdempotencyStore store) {
        return new IdempotencyService(store);
    }

    @Produces
    @ApplicationScoped
    SeeingRecords seeingRecords(Townships townships, RecordDirectory records) {
        return new RecordVisibilityService(townships, records);
    }

    @Produces
    @ApplicationScoped
    PeopleOfTownships peopleOfTownships(People people, Townships townships) {
        return new PeopleService(people, townships);
    }

    @Produces
    @ApplicationScoped
    ManagingOfficers managingOfficers(OfficerRepository officers, Townships townships, AuditLog auditLog,
                                      Clock clock) {
        return new OfficerService(officers, townships, auditLog, clock);
    }

    @Produces
    @ApplicationScoped
    ReadingAuditTrail readingAuditTrail(AuditEventRepository events, Townships townships, Clock clock) {
        return new AuditTrailService(events, townships, clock);
    }
}
