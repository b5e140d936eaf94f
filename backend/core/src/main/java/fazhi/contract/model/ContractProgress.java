package fazhi.contract.model;

import java.time.LocalDate;
import java.util.List;

/** What has happened to a contract since it was registered, as its persistence holds it. */
public record ContractProgress(LocalDate reviewSubmittedOn, Approval approval, Signing signing,
                               LocalDate completedOn, Termination termination, LocalDate archivedOn,
                               List<Milestone> milestones, List<Payment> payments, List<Amendment> amendments,
                               List<ContractVersion> versions) {

    public static final ContractProgress NONE = new ContractProgress(null, null, null, null, null, null, List.of(),
            List.of(), List.of(), List.of());

    public ContractProgress {
        milestones = List.copyOf(milestones);
        payments = List.copyOf(payments);
        amendments = List.copyOf(amendments);
        versions = List.copyOf(versions);
    }
}
