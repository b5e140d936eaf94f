package fazhi.adapter.rest.contract;

import fazhi.contract.model.ContractStatus;
import fazhi.contract.model.ContractType;
import fazhi.contract.model.CounterpartyKind;
import fazhi.contract.model.MajorReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ContractSummaryView", description = "A contract as the ledger lists it, with its CON-01 and CON-03 "
        + "marks; no personal data beyond the counterparty's name.",
        requiredProperties = {"id", "number", "title", "type", "status", "counterpartyKind", "counterpartyName",
                "amount", "term", "major", "majorReasons", "paid", "endingSoon", "expired", "overdueMilestones",
                "flagged", "version"})
public record ContractSummaryView(
        @Schema(examples = "9d2c4b1a-3e5f-4a6b-8c7d-1e2f3a4b5c6d") String id,
        @Schema(examples = "锦和合〔2025〕第3号") String number,
        @Schema(examples = "锦和镇和平村道路硬化工程施工合同") String title,
        ContractType type,
        ContractStatus status,
        CounterpartyKind counterpartyKind,
        @Schema(examples = "麻阳兴旺建筑有限公司") String counterpartyName,
        @Schema(examples = "860000.00") String amount,
        ContractTermView term,
        boolean major,
        List<MajorReason> majorReasons,
        @Schema(nullable = true, examples = "2025-06-25") LocalDate signedOn,
        @Schema(examples = "258000.00") String paid,
        @Schema(description = "CON-03: ends within the township's notice days") boolean endingSoon,
        @Schema(description = "CON-03: past its end and not completed") boolean expired,
        @Schema(description = "CON-03: pending milestones past their due day", examples = "0") int overdueMilestones,
        @Schema(description = "Any CON-03 mark") boolean flagged,
        @Schema(examples = "3") long version) {
}
