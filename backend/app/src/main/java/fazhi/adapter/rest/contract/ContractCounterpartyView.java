package fazhi.adapter.rest.contract;

import fazhi.contract.model.CounterpartyKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContractCounterpartyView", description = "The counterparty. idNumber and phone are whole for staff, "
        + "legal-reviewer and leader, masked (first 3 and last 4 characters) for every other role.",
        requiredProperties = {"kind", "name", "masked"})
public record ContractCounterpartyView(
        CounterpartyKind kind,
        @Schema(examples = "麻阳兴旺建筑有限公司") String name,
        @Schema(nullable = true, examples = "91431226MA4L2TH368") String creditCode,
        @Schema(nullable = true, examples = "431***********0612") String idNumber,
        @Schema(nullable = true, examples = "王建兴") String legalRepresentative,
        @Schema(nullable = true, examples = "139****1111") String phone,
        @Schema(nullable = true, examples = "麻阳苗族自治县高村镇") String address,
        @Schema(description = "idNumber and phone are masked for the caller's role", examples = "false")
        boolean masked) {
}
