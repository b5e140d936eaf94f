package fazhi.adapter.rest.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractPaymentView", description = "A payment (付款) against a payment milestone.",
        requiredProperties = {"number", "milestoneNumber", "paidOn", "amount"})
public record ContractPaymentView(@Schema(examples = "1") int number,
                                  @Schema(examples = "1") int milestoneNumber,
                                  @Schema(examples = "2025-07-08") LocalDate paidOn,
                                  @Schema(examples = "258000.00") String amount,
                                  @Schema(nullable = true, examples = "锦财付〔2025〕0712号") String voucher,
                                  @Schema(nullable = true, examples = "staff") String recordedBy) {
}
