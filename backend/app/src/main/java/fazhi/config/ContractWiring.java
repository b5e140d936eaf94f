package fazhi.config;

import fazhi.contract.model.ContractSettings;
import fazhi.contract.port.in.ManagingContracts;
import fazhi.contract.port.in.ReadingContractFigures;
import fazhi.contract.port.out.ContractFiguresRepository;
import fazhi.contract.port.out.ContractFiles;
import fazhi.contract.port.out.ContractRepository;
import fazhi.contract.service.ContractFiguresService;
import fazhi.contract.service.ContractService;
import fazhi.review.port.in.ReviewGate;
import fazhi.shared.port.in.Deadlines;
import fazhi.shared.port.in.SettingsOfTownships;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The contract ledger as CDI beans: the use case and the deadlines it keeps (CON-03), reading the township's
 * settings (CON-01 threshold, CON-03 notice days) when a rule decides. Also the one way to run the ledger on
 * another clock ({@link #contractsAsOf}), for demo data dated in the past; its reviews are then submitted on that
 * same clock.
 */
@ApplicationScoped
public class ContractWiring {

    private final ContractRepository contracts;
    private final Townships townships;
    private final ReviewGate gate;
    private final ReviewWiring reviews;
    private final SettingsOfTownships settings;
    private final ContractFiles files;
    private final AuditLog auditLog;
    private final ContractService service;

    public ContractWiring(ContractRepository contracts, Townships townships, ReviewGate gate, ReviewWiring reviews,
                          SettingsOfTownships settings, ContractFiles files, AuditLog auditLog, Clock clock) {
        this.contracts = contracts;
        this.townships = townships;
        this.gate = gate;
        this.reviews = reviews;
        this.settings = settings;
        this.files = files;
        this.auditLog = auditLog;
        this.service = serviceOn(clock);
    }

    @Produces
    @ApplicationScoped
    ManagingContracts managingContracts() {
        return service;
    }

    /** What falls due in contracts (CON-03: expiry, milestones), for the deadlines radar. */
    @Produces
    @ApplicationScoped
    Deadlines contractDeadlines() {
        return service;
    }

    /** The year's contract figures (SQL aggregates), CON-01 with the township's threshold as it stands. */
    @Produces
    @ApplicationScoped
    ReadingContractFigures readingContractFigures(ContractFiguresRepository repository) {
        return new ContractFiguresService(repository, townships,
                township -> ContractSettings.of(settings.of(township)));
    }

    /** The ledger's use cases with "today" taken from {@code clock}. */
    public ManagingContracts contractsAsOf(Clock clock) {
        return serviceOn(clock);
    }

    private ContractService serviceOn(Clock clock) {
        return new ContractService(contracts, townships, gate, reviews.reviewingAsOf(clock),
                township -> ContractSettings.of(settings.of(township)), files, auditLog, clock);
    }
}
