package fazhi.adapter.rest.contract;

import fazhi.contract.model.CounterpartyKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContractCounterpartyRequest", description = "The other party (相对方): an organisation with the unified "
        + "social credit code (GB 32100, check character verified), or a person with the citizen identity number "
        + "(GB 11643, check character verified). Identity number and phone are stored encrypted.",
        requiredProperties = {"kind", "name"})
public record ContractCounterpartyRequest(
        @Schema(description = "ORGANISATION (法人或者其他组织) or INDIVIDUAL (自然人)", examples = "ORGANISATION")
        @NotNull CounterpartyKind kind,
        @Schema(description = "The organisation's or person's name", examples = "麻阳兴旺建筑有限公司")
        @Size(max = 100) String name,
        @Schema(description = "An organisation's unified social credit code; not for a person", nullable = true,
                examples = "91431226MA4L2TH368") @Size(max = 18) String creditCode,
        @Schema(description = "A person's citizen identity number (18 characters); not for an organisation",
                nullable = true, examples = "431226198803150612") @Size(max = 18) String idNumber,
        @Schema(description = "An organisation's legal representative (法定代表人)", nullable = true, examples = "王建兴")
        @Size(max = 50) String legalRepresentative,
        @Schema(nullable = true, examples = "13907451111") @Size(max = 20) String phone,
        @Schema(nullable = true, examples = "麻阳苗族自治县高村镇") @Size(max = 200) String address) {
}
