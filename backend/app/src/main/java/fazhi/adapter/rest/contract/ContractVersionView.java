package fazhi.adapter.rest.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractVersionView", description = "One version of the signed terms (CON-02): 1 as signed, then one "
        + "per signed amendment.", requiredProperties = {"number", "counterparty", "amount", "term", "effectiveOn"})
public record ContractVersionView(
        @Schema(examples = "2") int number,
        @Schema(description = "The amendment that made it; null for the contract as signed", nullable = true,
                examples = "1") Integer amendmentNumber,
        ContractCounterpartyView counterparty,
        @Schema(examples = "920000.00") String amount,
        ContractTermView term,
        @Schema(examples = "2025-09-15") LocalDate effectiveOn) {
}
