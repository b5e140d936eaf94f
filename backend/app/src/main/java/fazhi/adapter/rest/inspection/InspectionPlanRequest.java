package fazhi.adapter.rest.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "InspectionPlanRequest", description = "A yearly enterprise inspection plan as drafted or edited.")
public record InspectionPlanRequest(
        @Schema(examples = "2025") @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(examples = "锦和镇人民政府2025年度涉企行政检查计划") @NotBlank @Size(max = 200) String title,
        @Schema(nullable = true) @Valid InspectionPlanTargetsRequest targets,
        @Schema(description = "The planned items, each a published item of the list, with its schedule")
        @NotEmpty @Size(max = 100) List<@NotNull @Valid PlannedItemRequest> items) {
}
