package fazhi.adapter.rest.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "DocumentIssueRequest", description = "Issuing (印发) a document whose legality review passed (LR-01).")
public record DocumentIssueRequest(
        @Schema(description = "Document number (文号), unique in the township", examples = "锦政发〔2025〕3号")
        @NotBlank @Size(max = 50) String number,
        @Schema(description = "Issue date, not before the review's opinion (LR-01)", examples = "2025-03-20")
        @NotNull LocalDate issuedOn,
        @Schema(description = "The day it takes effect, not before the issue date", examples = "2025-04-01")
        @NotNull LocalDate effectiveOn,
        @Schema(description = "The last day it is valid: at most five years from the effective date, two when "
                + "provisional (LR-06); the longest allowed when left out", examples = "2027-03-31", nullable = true)
        LocalDate validUntil) {
}
