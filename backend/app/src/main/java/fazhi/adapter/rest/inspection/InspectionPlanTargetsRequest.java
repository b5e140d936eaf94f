package fazhi.adapter.rest.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "InspectionPlanTargetsRequest", description = "Whom the plan inspects (检查对象).")
public record InspectionPlanTargetsRequest(
        @Schema(description = "Kinds of enterprise", nullable = true, examples = "[\"砂石场\", \"加油站\", \"客运渡口\"]")
        @Size(max = 20) List<String> enterpriseKinds,
        @Schema(description = "How many enterprises are expected to be inspected", nullable = true, examples = "15")
        @Min(0) @Max(100000) Integer enterpriseCount) {
}
