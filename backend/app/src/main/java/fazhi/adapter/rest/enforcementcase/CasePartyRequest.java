package fazhi.adapter.rest.enforcementcase;

import fazhi.enforcement.model.PartyKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CasePartyRequest", description = "The party (当事人): a person with the citizen identity number "
        + "(GB 11643, check character verified), or an organisation with the unified social credit code (GB 32100, "
        + "check character verified). Identity number and phone are stored encrypted.",
        requiredProperties = {"kind", "name"})
public record CasePartyRequest(
        @Schema(description = "INDIVIDUAL (公民) or ORGANISATION (法人或者其他组织)", examples = "INDIVIDUAL")
        @NotNull PartyKind kind,
        @Schema(description = "The person's or organisation's name", examples = "张建华") @Size(max = 100) String name,
        @Schema(description = "A person's citizen identity number (18 characters); not for an organisation",
                nullable = true, examples = "430102199003077777") @Size(max = 18) String idNumber,
        @Schema(description = "An organisation's unified social credit code; not for a person", nullable = true,
                examples = "91430000MA4L12345X") @Size(max = 18) String creditCode,
        @Schema(description = "An organisation's legal representative (法定代表人)", nullable = true, examples = "李明")
        @Size(max = 50) String legalRepresentative,
        @Schema(nullable = true, examples = "13907451234") @Size(max = 20) String phone,
        @Schema(nullable = true, examples = "锦和镇和平村3组") @Size(max = 200) String address) {
}
