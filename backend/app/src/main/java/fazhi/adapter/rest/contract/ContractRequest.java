package fazhi.adapter.rest.contract;

import fazhi.contract.model.ContractType;
import fazhi.contract.model.ProcurementMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContractRequest", description = "A contract as registered (登记), or as edited: freely while a draft, "
        + "and once signed only the title, summary, department and responsible person (CON-02: counterparty, amount "
        + "and term change through an amendment).", requiredProperties = {"title", "type", "counterparty", "amount",
        "term", "department", "responsiblePerson", "procurementMethod"})
public record ContractRequest(
        @Schema(examples = "锦和镇和平村道路硬化工程施工合同") @NotNull @Size(max = 150) String title,
        @Schema(description = "LAND, CONCESSION, PPP, LOAN and GUARANTEE are major whatever the amount (CON-01)",
                examples = "WORKS") @NotNull ContractType type,
        @NotNull @Valid ContractCounterpartyRequest counterparty,
        @Schema(description = "CNY; major from the township's threshold, 500000.00 by default (CON-01)",
                examples = "860000.00") @NotNull @Pattern(regexp = "\\d{1,12}(\\.\\d{1,2})?") String amount,
        @NotNull @Valid ContractTermRequest term,
        @Schema(description = "The responsible department (承办部门)", examples = "镇规划建设办公室")
        @NotNull @Size(max = 100) String department,
        @Schema(description = "The person in charge (承办人)", examples = "陈文") @NotNull @Size(max = 50)
        String responsiblePerson,
        @Schema(description = "How the counterparty was chosen (采购方式)", examples = "TENDER")
        @NotNull ProcurementMethod procurementMethod,
        @Schema(description = "Whether it was tendered (是否招投标); true when the method is TENDER", nullable = true,
                examples = "true") Boolean tendered,
        @Schema(description = "What the contract is about (主要内容)", nullable = true,
                examples = "和平村组级道路硬化2.3公里，宽4.5米") @Size(max = 2000) String summary) {
}
