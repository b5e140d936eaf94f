package fazhi.adapter.rest.enforcementcase;

import fazhi.enforcement.model.PartyKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CasePartyView", description = "The party. idNumber and phone are whole for officer and leader, "
        + "masked (first 3 and last 4 characters) for every other role.",
        requiredProperties = {"kind", "name", "masked"})
public record CasePartyView(
        PartyKind kind,
        @Schema(examples = "张建华") String name,
        @Schema(nullable = true, examples = "430***********7777") String idNumber,
        @Schema(nullable = true, examples = "91430000MA4L12345X") String creditCode,
        @Schema(nullable = true, examples = "李明") String legalRepresentative,
        @Schema(nullable = true, examples = "139****1234") String phone,
        @Schema(nullable = true, examples = "锦和镇和平村3组") String address,
        @Schema(description = "idNumber and phone are masked for the caller's role", examples = "true")
        boolean masked) {
}
