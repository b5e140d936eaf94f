package fazhi.testing;

import fazhi.contract.model.Contract;
import fazhi.contract.model.ContractSettings;
import fazhi.contract.service.ContractService;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Money;
import fazhi.shared.model.Role;
import fazhi.shared.service.TownshipService;

import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.TestTownships.JINHE;

/**
 * The contract ledger wired to in-memory ports, the way the app wires it to real ones. Today is 2025-06-30; the
 * township keeps the default settings (major from 500 000.00, 30 days of notice) until a test changes them.
 */
public final class ContractFixture {

    public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    public final FixedClock clock = FixedClock.on(TODAY);
    public final InMemoryContractRepository contracts = new InMemoryContractRepository();
    public final InMemoryTownshipRepository townshipRepository = TestTownships.theCounty();
    public final RecordingAuditLog auditLog = new RecordingAuditLog();
    public final TownshipService townships = new TownshipService(townshipRepository, auditLog, clock);
    public final ScriptedReviewGate gate = new ScriptedReviewGate();
    public final RecordingReviewSubmissions reviews = new RecordingReviewSubmissions();
    public final InMemoryContractFiles files = new InMemoryContractFiles();
    public ContractSettings settings = ContractSettings.DEFAULTS;
    public final ContractService service = new ContractService(contracts, townships, gate, reviews,
            township -> settings, files, auditLog, clock);

    public final Actor staff = a(Role.STAFF).named("chen.clerk").of(JINHE).build();
    public final Actor leader = a(Role.LEADER).named("zhao.mayor").of(JINHE).build();
    public final Actor auditor = a(Role.AUDITOR).named("qian.audit").of(JINHE).build();

    public ContractFixture() {
        files.upload(JINHE, "contract-1", "signed-file");
        files.upload(JINHE, "contract-1", "amendment-file");
        files.upload(JINHE, "contract-1", "evidence-file");
    }

    /** Puts a contract in the ledger without going through the service (and without auditing). */
    public Contract given(ContractBuilder c) {
        return contracts.store(c.build());
    }

    /** The township's settings change to these values. */
    public void settings(String majorThreshold, int noticeDays) {
        this.settings = new ContractSettings(Money.of(majorThreshold), noticeDays);
    }

    /** Moves today to {@code day}. */
    public void today(LocalDate day) {
        clock.set(FixedClock.on(day).now());
    }
}
