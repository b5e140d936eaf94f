package fazhi.adapter.rest.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PublicNormativeDocumentView", description = "A normative document in force, as published.",
        requiredProperties = {"number", "title", "issuer", "provisional", "issuedOn", "effectiveOn", "validUntil"})
public record PublicNormativeDocumentView(
        @Schema(examples = "锦政发〔2025〕3号") String number,
        @Schema(examples = "锦和镇人民政府合同管理办法(试行)") String title,
        @Schema(examples = "锦和镇人民政府") String issuer,
        @Schema(description = "暂行/试行") boolean provisional,
        @Schema(examples = "2025-03-20") LocalDate issuedOn,
        @Schema(examples = "2025-04-01") LocalDate effectiveOn,
        @Schema(description = "Last day of validity", examples = "2027-03-31") LocalDate validUntil) {
}
