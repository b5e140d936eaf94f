package fazhi.adapter.rest.officer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CertificateView", requiredProperties = {"number", "issuedOn", "expiresOn"})
public record CertificateView(
        @Schema(examples = "湘执法43122600101") String number,
        @Schema(examples = "2023-03-15") LocalDate issuedOn,
        @Schema(examples = "2029-03-14") LocalDate expiresOn) {
}
