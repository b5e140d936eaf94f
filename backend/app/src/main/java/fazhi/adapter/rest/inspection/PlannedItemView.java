package fazhi.adapter.rest.inspection;

import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.InspectionMethod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PlannedItemView", description = "An item of the plan with its schedule (months or a quarter).",
        requiredProperties = {"itemId", "code", "name", "field", "method", "months"})
public record PlannedItemView(
        @Schema(examples = "2f4e6a8c-1b3d-4f5a-8c7e-9d0b1a2c3e4f") String itemId,
        @Schema(examples = "JH-JC-005") String code,
        @Schema(examples = "对加油站、人员密集场所消防安全责任落实情况的检查") String name,
        EnforcementField field,
        InspectionMethod method,
        @Schema(description = "Months 1–12; empty when scheduled by quarter", examples = "[3, 9]") List<Integer> months,
        @Schema(nullable = true, examples = "2") Integer quarter) {
}
