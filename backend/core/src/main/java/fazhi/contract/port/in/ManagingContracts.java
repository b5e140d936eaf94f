package fazhi.contract.port.in;

import fazhi.contract.model.AmendmentTerms;
import fazhi.contract.model.ContractDetails;
import fazhi.contract.model.ContractTexts;
import fazhi.contract.model.MilestoneKind;
import fazhi.shared.model.Actor;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.TownshipCode;

import java.time.LocalDate;
import java.util.List;

/**
 * The contract ledger (合同台账) of a township: registering a contract, its legality review (LR-03 for a major one,
 * CON-01), the leader's approval, the signing, the performance (milestones and payments), amendments (CON-02),
 * completion or termination and the archive. Staff and leaders keep it; approval and termination are the leader's.
 * Every role of the township reads it. Every change names the version it was based on (SYS-02), is audited with
 * personal data masked (SYS-01), and answers the contract as the actor sees it. A null date in a command means
 * today; a date after today is refused.
 */
public interface ManagingContracts {

    /** 登记: a draft, which takes the next contract number of the year (锦和合〔2025〕第3号). */
    ContractOverview register(Actor actor, TownshipCode township, ContractDetails details);

    /** Edits the draft; once signed, parties, amount and dates change only through an amendment (CON-02). */
    ContractOverview edit(Actor actor, TownshipCode township, String id, long expectedVersion,
                          ContractDetails details);

    /** 送审: submits the contract to legality review (subject CONTRACT, reference the contract's id). */
    ContractOverview submitForReview(Actor actor, TownshipCode township, String id, long expectedVersion,
                                     SubmitForReview command);

    /** 审批, leader: LR-03 for a major contract or one sent to review; LR-05 when its review was rejected. */
    ContractOverview approve(Actor actor, TownshipCode township, String id, long expectedVersion, Approve command);

    /** 签订: LR-03 and LR-05 again on the day; the signed text is one of the contract's files. */
    ContractOverview sign(Actor actor, TownshipCode township, String id, long expectedVersion, Sign command);

    /** 履行完毕: every milestone done or waived. */
    ContractOverview complete(Actor actor, TownshipCode township, String id, long expectedVersion,
                              Complete command);

    /** 终止, leader: with a reason. */
    ContractOverview terminate(Actor actor, TownshipCode township, String id, long expectedVersion,
                               Terminate command);

    /** 归档: a completed or terminated contract. */
    ContractOverview archive(Actor actor, TownshipCode township, String id, long expectedVersion, Archive command);

    /** A milestone of the performance plan (deliverable, acceptance, payment). */
    ContractOverview addMilestone(Actor actor, TownshipCode township, String id, long expectedVersion,
                                  AddMilestone command);

    ContractOverview completeMilestone(Actor actor, TownshipCode township, String id, long expectedVersion,
                                       int milestoneNumber, CompleteMilestone command);

    ContractOverview waiveMilestone(Actor actor, TownshipCode township, String id, long expectedVersion,
                                    int milestoneNumber, WaiveMilestone command);

    /** A payment against a payment milestone; never beyond the amount as amended (CON-02). */
    ContractOverview recordPayment(Actor actor, TownshipCode township, String id, long expectedVersion,
                                   RecordPayment command);

    /** 补充协议 (CON-02): proposed while the contract is performed. */
    ContractOverview proposeAmendment(Actor actor, TownshipCode township, String id, long expectedVersion,
                                      ProposeAmendment command);

    /** The amendment to legality review (subject CONTRACT, reference {@code <contract id>#<number>}). */
    ContractOverview submitAmendmentForReview(Actor actor, TownshipCode township, String id, long expectedVersion,
                                              int amendmentNumber, SubmitForReview command);

    /** Leader: LR-03 when the amended contract is major (CON-01) or review was asked; LR-05. */
    ContractOverview approveAmendment(Actor actor, TownshipCode township, String id, long expectedVersion,
                                      int amendmentNumber, Approve command);

    /** Signed, the amendment changes the contract: a new version (CON-02). */
    ContractOverview signAmendment(Actor actor, TownshipCode township, String id, long expectedVersion,
                                   int amendmentNumber, Sign command);

    ContractOverview get(Actor actor, TownshipCode township, String id);

    Page<ContractSummary> list(Actor actor, TownshipCode township, ContractQuery query, PageRequest page);

    // ---- commands ----

    /** The materials submitted (送审材料) and, optionally, the legal reviewer (a username) to assign now. */
    record SubmitForReview(List<String> materials, String reviewer) {
    }

    record Approve(LocalDate approvedOn, String opinion) {
    }

    record Sign(LocalDate signedOn, List<String> signatories, String signedFileId) {
    }

    record Complete(LocalDate completedOn) {
    }

    record Terminate(LocalDate terminatedOn, String reason) {
    }

    record Archive(LocalDate archivedOn) {
    }

    record AddMilestone(MilestoneKind kind, String title, LocalDate dueOn, Money amount) {
    }

    record CompleteMilestone(LocalDate doneOn, String note, List<String> evidenceFileIds) {
    }

    record WaiveMilestone(LocalDate waivedOn, String reason) {
        public WaiveMilestone {
            reason = ContractTexts.required("reason", reason, 500);
        }
    }

    record RecordPayment(Integer milestoneNumber, LocalDate paidOn, Money amount, String voucher) {
        public RecordPayment {
            if (milestoneNumber == null) {
                throw new InvalidInput("milestoneNumber", "field.required");
            }
        }
    }

    record ProposeAmendment(String title, String reason, AmendmentTerms terms) {
        public ProposeAmendment {
            if (terms == null) {
                throw new InvalidInput("terms", "field.required");
            }
        }
    }
}
