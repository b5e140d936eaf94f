package fazhi.adapter.rest.inspection;

import fazhi.enforcement.model.InspectionReason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "InspectionRequest", description = "An enterprise inspection as proposed or revised (until approved).")
public record InspectionRequest(
        @NotNull @Valid InspectionEnterpriseRequest enterprise,
        @Schema(description = "The id of a published item of the inspection items list (ENF-14)",
                examples = "2f4e6a8c-1b3d-4f5a-8c7e-9d0b1a2c3e4f") @NotBlank @Size(max = 36) String itemId,
        @Schema(description = "The officers, at least two, each with a certificate valid on the day (ENF-01, ENF-02)",
                examples = "[\"0b6f4c1e-2f0d-4a53-9d2e-7f6f0c6a1b2c\", \"1c7a5d2f-3e1b-4b64-8e3f-8a7b1d7c2c3d\"]")
        @NotNull @Size(max = 20) List<String> officerIds,
        @Schema(description = "Planned day, not in the past", examples = "2025-07-10") @NotNull LocalDate plannedOn,
        @Schema(description = "PLANNED (by the yearly plan) or CASE_TRIGGERED (a complaint, referral or case lead)",
                examples = "PLANNED") @NotNull InspectionReason reason,
        @Schema(description = "What triggered it, or a note on the plan", nullable = true, examples = "群众举报超范围开采")
        @Size(max = 500) String reasonNote) {
}
