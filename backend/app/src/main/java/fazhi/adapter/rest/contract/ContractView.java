package fazhi.adapter.rest.contract;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.contract.model.ContractStatus;
import fazhi.contract.model.ContractType;
import fazhi.contract.model.MajorReason;
import fazhi.contract.model.ProcurementMethod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "ContractView", description = "A contract (合同) of the ledger with whether it is major and why "
        + "(CON-01), its legality review (LR-03), approval, signing, performance (milestones, payments, CON-03 marks), "
        + "amendments and versions (CON-02), and the actions the caller may take now. Objects of steps not taken yet "
        + "are null.", requiredProperties = {"id", "township", "number", "title", "type", "status", "counterparty",
        "amount", "term", "department", "responsiblePerson", "procurementMethod", "tendered", "registeredOn", "major",
        "majorReasons", "majorThreshold", "review", "performance", "milestones", "payments", "amendments",
        "versions", "allowedActions", "version", "createdAt", "updatedAt"})
public record ContractView(
        @Schema(examples = "9d2c4b1a-3e5f-4a6b-8c7d-1e2f3a4b5c6d") String id,
        @Schema(examples = "jinhe") String township,
        @Schema(description = "Given at registration, per township and year", examples = "锦和合〔2025〕第3号")
        String number,
        @Schema(examples = "锦和镇和平村道路硬化工程施工合同") String title,
        ContractType type,
        ContractStatus status,
        ContractCounterpartyView counterparty,
        @Schema(description = "CNY, as amended", examples = "860000.00") String amount,
        ContractTermView term,
        @Schema(examples = "镇规划建设办公室") String department,
        @Schema(examples = "陈文") String responsiblePerson,
        ProcurementMethod procurementMethod,
        boolean tendered,
        @Schema(nullable = true, examples = "和平村组级道路硬化2.3公里") String summary,
        @Schema(examples = "2025-05-26") LocalDate registeredOn,
        @Schema(description = "CON-01: major (the township's threshold as it stands now)") boolean major,
        @Schema(description = "Why it is major: AMOUNT (reaches the threshold), TYPE (land, concession, PPP, loan, "
                + "guarantee); empty when it is not") List<MajorReason> majorReasons,
        @Schema(description = "CON-01's threshold in CNY (settings contractMajorThreshold)", examples = "500000.00")
        String majorThreshold,
        ContractReviewView review,
        @Schema(nullable = true, examples = "2025-06-09") LocalDate reviewSubmittedOn,
        @Schema(nullable = true) ContractApprovalView approval,
        @Schema(nullable = true) ContractSigningView signing,
        @Schema(nullable = true, examples = "2025-12-20") LocalDate completedOn,
        @Schema(nullable = true) ContractTerminationView termination,
        @Schema(nullable = true, examples = "2025-12-28") LocalDate archivedOn,
        ContractPerformanceView performance,
        List<ContractMilestoneView> milestones,
        List<ContractPaymentView> payments,
        List<ContractAmendmentView> amendments,
        @Schema(description = "CON-02: the signed terms, version 1 first") List<ContractVersionView> versions,
        @Schema(description = "What the caller may do now: `edit` (PUT), `submit-for-review`, `approve`, `sign`, "
                + "`complete`, `terminate`, `archive` (POST .../actions/{verb}), `add-milestone` "
                + "(POST .../milestones), "
                + "`record-payment` (POST .../payments), `propose-amendment` (POST .../amendments)",
                examples = "[\"edit\", \"submit-for-review\", \"add-milestone\"]") List<String> allowedActions,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "3") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
