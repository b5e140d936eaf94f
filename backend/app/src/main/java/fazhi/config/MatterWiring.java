package fazhi.config;

import fazhi.enforcement.port.in.ManagingEnforcementMatters;
import fazhi.enforcement.port.in.ManagingExamRegistrations;
import fazhi.enforcement.port.in.ManagingOfficers;
import fazhi.enforcement.port.out.EnforcementMatterRepository;
import fazhi.enforcement.port.out.ExamRegistrationRepository;
import fazhi.enforcement.service.EnforcementMatterService;
import fazhi.enforcement.service.ExamRegistrationService;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Enforcement matters and certificate-exam registrations as CDI beans. The registrations issue certificates
 * through the officer register's own use case. Like {@link GovernanceWiring}, each can also run on another clock,
 * for demo data dated in the past.
 */
@ApplicationScoped
public class MatterWiring {

    private final EnforcementMatterRepository matters;
    private final ExamRegistrationRepository registrations;
    private final ManagingOfficers officers;
    private final Townships townships;
    private final AuditLog auditLog;

    public MatterWiring(EnforcementMatterRepository matters, ExamRegistrationRepository registrations,
                        ManagingOfficers officers, Townships townships, AuditLog auditLog) {
        this.matters = matters;
        this.registrations = registrations;
        this.officers = officers;
        this.townships = townships;
        this.auditLog = auditLog;
    }

    @Produces
    @ApplicationScoped
    ManagingEnforcementMatters managingEnforcementMatters(Clock clock) {
        return mattersAsOf(clock);
    }

    @Produces
    @ApplicationScoped
    ManagingExamRegistrations managingExamRegistrations(Clock clock) {
        return examsAsOf(clock);
    }

    public ManagingEnforcementMatters mattersAsOf(Clock clock) {
        return new EnforcementMatterService(matters, townships, auditLog, clock);
    }

    public ManagingExamRegistrations examsAsOf(Clock clock) {
        return new ExamRegistrationService(registrations, officers, townships, auditLog, clock);
    }
}
