package fazhi.adapter.rest.officer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CertificateRequest", description = "The officer's enforcement certificate (执法证).")
public record CertificateRequest(
        @Schema(description = "Certificate number, unique in the township", examples = "湘执法43122600101")
        @NotBlank @Size(max = 40) String number,
        @Schema(description = "Issue date", examples = "2023-03-15") @NotNull LocalDate issuedOn,
        @Schema(description = "Expiry date, after the issue date", examples = "2029-03-14") @NotNull LocalDate expiresOn) {
}
