package fazhi.adapter.rest.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContractAmendmentRequest", description = "An amendment (补充协议) of a signed contract (CON-02): what "
        + "it changes and the counterparty, amount and term as they are to be, whole (repeat the ones that stay).",
        requiredProperties = {"title", "reason", "counterparty", "amount", "term"})
public record ContractAmendmentRequest(
        @Schema(examples = "关于道路加宽增加工程量的补充协议") @NotNull @Size(max = 150) String title,
        @Schema(description = "What it changes and why", examples = "应沿线村民要求，5组段路面加宽0.5米")
        @NotNull @Size(max = 2000) String reason,
        @NotNull @Valid ContractCounterpartyRequest counterparty,
        @Schema(description = "CNY, the amount as amended; never below what was paid", examples = "496000.00")
        @NotNull @Pattern(regexp = "\\d{1,12}(\\.\\d{1,2})?") String amount,
        @NotNull @Valid ContractTermRequest term) {
}
