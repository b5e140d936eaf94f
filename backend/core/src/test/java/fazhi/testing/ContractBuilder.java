package fazhi.testing;

import fazhi.contract.model.Amendment;
import fazhi.contract.model.Approval;
import fazhi.contract.model.Contract;
import fazhi.contract.model.ContractDetails;
import fazhi.contract.model.ContractNumber;
import fazhi.contract.model.ContractProgress;
import fazhi.contract.model.ContractStatus;
import fazhi.contract.model.ContractVersion;
import fazhi.contract.model.Milestone;
import fazhi.contract.model.Payment;
import fazhi.contract.model.Signing;
import fazhi.shared.model.Stamp;
import fazhi.shared.model.TownshipCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A contract as already stored, at version 3, registered 2025-06-02 as 锦和合〔2025〕第1号 with
 * {@link ContractDetailsBuilder}'s details. Each state method moves it on to that state, as if it had happened:
 * approved on 2025-06-10, signed on 2025-06-16 with the file "signed-file" (version 1 of its terms).
 */
public final class ContractBuilder {

    public static final LocalDate REGISTERED = LocalDate.of(2025, 6, 2);
    public static final LocalDate APPROVED = LocalDate.of(2025, 6, 10);
    public static final LocalDate SIGNED = LocalDate.of(2025, 6, 16);
    private static final Stamp EARLIER = new Stamp(Instant.parse("2025-06-02T01:00:00Z"), "staff.user");

    private String id = "contract-1";
    private TownshipCode township = TestTownships.JINHE;
    private int sequence = 1;
    private ContractDetails details = ContractDetailsBuilder.contractDetails().build();
    private ContractStatus status = ContractStatus.DRAFT;
    private LocalDate reviewSubmittedOn;
    private Approval approval;
    private Signing signing;
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<Amendment> amendments = new ArrayList<>();
    private final List<ContractVersion> versions = new ArrayList<>();
    private long version = 3;

    private ContractBuilder() {
    }

    public static ContractBuilder aContract() {
        return new ContractBuilder();
    }

    public ContractBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public ContractBuilder of(TownshipCode township) {
        this.township = township;
        return this;
    }

    public ContractBuilder numbered(int sequence) {
        this.sequence = sequence;
        return this;
    }

    public ContractBuilder with(ContractDetailsBuilder details) {
        this.details = details.build();
        return this;
    }

    public ContractBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    /** Sent to legality review on 2025-06-03. */
    public ContractBuilder inReview() {
        this.status = ContractStatus.IN_REVIEW;
        this.reviewSubmittedOn = LocalDate.of(2025, 6, 3);
        return this;
    }

    public ContractBuilder approved() {
        this.status = ContractStatus.APPROVED;
        this.approval = new Approval(APPROVED, "leader.user", "同意");
        return this;
    }

    public ContractBuilder performing() {
        if (approval == null) {
            approved();
        }
        this.status = ContractStatus.PERFORMING;
        this.signing = new Signing(SIGNED, List.of("赵镇长", "王建兴"), "signed-file");
        this.versions.add(new ContractVersion(1, null, details.terms(), SIGNED));
        return this;
    }

    public ContractBuilder withMilestone(Milestone milestone) {
        this.milestones.add(milestone);
        return this;
    }

    public ContractBuilder withPayment(Payment payment) {
        this.payments.add(payment);
        return this;
    }

    public Contract build() {
        ContractNumber number = new ContractNumber("锦和", REGISTERED.getYear(), sequence);
        return new Contract(id, township, number, details, REGISTERED, status,
                new ContractProgress(reviewSubmittedOn, approval, signing, null, null, null, milestones, payments,
                        amendments, versions),
                version, EARLIER, EARLIER);
    }
}
