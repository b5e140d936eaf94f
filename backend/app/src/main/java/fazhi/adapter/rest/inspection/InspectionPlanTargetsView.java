package fazhi.adapter.rest.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "InspectionPlanTargetsView", requiredProperties = {"enterpriseKinds"})
public record InspectionPlanTargetsView(
        @Schema(examples = "[\"砂石场\", \"加油站\", \"客运渡口\"]") List<String> enterpriseKinds,
        @Schema(nullable = true, examples = "15") Integer enterpriseCount) {
}
