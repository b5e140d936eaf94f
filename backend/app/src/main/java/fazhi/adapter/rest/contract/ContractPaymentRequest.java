package fazhi.adapter.rest.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractPaymentRequest", description = "A payment (付款) against a pending payment milestone: never "
        + "beyond the contract's amount as amended (CON-02), nor beyond what is unpaid of the milestone.",
        requiredProperties = {"milestoneNumber", "amount"})
public record ContractPaymentRequest(
        @Schema(description = "The payment milestone's number", examples = "1") @NotNull @Min(1) @Max(1000)
        Integer milestoneNumber,
        @Schema(description = "Today when left out; never after today nor before the signing", nullable = true,
                examples = "2025-07-08") LocalDate paidOn,
        @Schema(description = "CNY", examples = "258000.00") @NotNull @Pattern(regexp = "\\d{1,12}(\\.\\d{1,2})?")
        String amount,
        @Schema(description = "The payment voucher (付款凭证号)", nullable = true, examples = "锦财付〔2025〕0708号")
        @Size(max = 100) String voucher) {
}
