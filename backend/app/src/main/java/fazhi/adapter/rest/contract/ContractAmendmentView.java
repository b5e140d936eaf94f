package fazhi.adapter.rest.contract;

import fazhi.contract.model.AmendmentStatus;
import fazhi.contract.model.MajorReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ContractAmendmentView", description = "An amendment (补充协议) with the terms it sets (CON-02), "
        + "reviewed like a contract: major when the amended contract is (CON-01, LR-03).",
        requiredProperties = {"number", "title", "reason", "status", "counterparty", "amount", "term", "proposedOn",
                "major", "majorReasons", "review", "allowedActions"})
public record ContractAmendmentView(
        @Schema(description = "Its number in the contract, for .../amendments/{number}", examples = "1") int number,
        @Schema(examples = "关于增加道路加宽工程量的补充协议") String title,
        @Schema(examples = "因村民要求，道路加宽0.5米，工程量增加") String reason,
        AmendmentStatus status,
        ContractCounterpartyView counterparty,
        @Schema(description = "CNY, the amount as amended", examples = "920000.00") String amount,
        ContractTermView term,
        @Schema(examples = "2025-09-01") LocalDate proposedOn,
        @Schema(description = "CON-01 of the amended contract") boolean major,
        List<MajorReason> majorReasons,
        ContractReviewView review,
        @Schema(nullable = true) ContractApprovalView approval,
        @Schema(nullable = true) ContractSigningView signing,
        @Schema(description = "Verbs for .../amendments/{number}/actions/{verb}", examples = "[\"submit-for-review\"]")
        List<String> allowedActions) {
}
