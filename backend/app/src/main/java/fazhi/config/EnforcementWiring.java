package fazhi.config;

import fazhi.enforcement.model.EnforcementSettings;
import fazhi.enforcement.port.in.ProcessingEnforcementCases;
import fazhi.enforcement.port.out.CaseFiles;
import fazhi.enforcement.port.out.EnforcementCaseRepository;
import fazhi.enforcement.port.out.OfficerRepository;
import fazhi.enforcement.service.EnforcementCaseService;
import fazhi.review.port.in.ReviewGate;
import fazhi.shared.port.in.Deadlines;
import fazhi.shared.port.in.SettingsOfTownships;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Enforcement cases as CDI beans: the use case and the deadlines it keeps, reading the township's settings (ENF-06
 * hearing thresholds) when a rule decides. Also the one way to run the case use cases on another clock
 * ({@link #processingAsOf}), for demo data dated in the past.
 */
@ApplicationScoped
public class EnforcementWiring {

    private final EnforcementCaseRepository cases;
    private final OfficerRepository officers;
    private final Townships townships;
    private final ReviewGate gate;
    private final ReviewWiring reviews;
    private final AuditLog auditLog;
    private final SettingsOfTownships settings;
    private final CaseFiles files;
    private final EnforcementCaseService service;

    public EnforcementWiring(EnforcementCaseRepository cases, OfficerRepository officers, Townships townships,
                             ReviewGate gate, ReviewWiring reviews, AuditLog auditLog, Clock clock,
                             SettingsOfTownships settings, CaseFiles files) {
        this.cases = cases;
        this.officers = officers;
        this.townships = townships;
        this.gate = gate;
        this.reviews = reviews;
        this.auditLog = auditLog;
        this.settings = settings;
        this.files = files;
        this.service = processingAsOf(clock);
    }

    @Produces
    @ApplicationScoped
    ProcessingEnforcementCases processingEnforcementCases() {
        return service;
    }

    /** What falls due in enforcement cases (ENF-04, ENF-06, ENF-10, ENF-11), for the deadlines radar. */
    @Produces
    @ApplicationScoped
    Deadlines enforcementDeadlines() {
        return service;
    }

    /**
     * The case use cases with "today" taken from {@code clock}, legal reviews submitted on the same clock. Demo
     * data uses it to file and decide cases on past dates through the same rules as everyone else.
     */
    public EnforcementCaseService processingAsOf(Clock clock) {
        return new EnforcementCaseService(cases, officers, townships, gate, reviews.reviewingAsOf(clock),
                township -> EnforcementSettings.of(settings.of(township)), files, auditLog, clock);
    }
}
