package fazhi.adapter.rest.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "InspectionPlanFilingRequest", description = "The county's filing (备案) of the plan.")
public record InspectionPlanFilingRequest(
        @Schema(description = "Day of the filing, not in the future", examples = "2025-01-16")
        @NotNull LocalDate filedOn,
        @Schema(description = "The filing's reference", examples = "麻司行备〔2025〕7号")
        @NotBlank @Size(max = 100) String filingReference) {
}
