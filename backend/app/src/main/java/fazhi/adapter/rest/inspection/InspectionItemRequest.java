package fazhi.adapter.rest.inspection;

import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.InspectionMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InspectionItemRequest", description = "An item of the enterprise inspection items list as created or "
        + "edited.")
public record InspectionItemRequest(
        @Schema(description = "The list the item belongs to (清单名称)", examples = "麻阳苗族自治县锦和镇涉企行政检查事项清单")
        @NotBlank @Size(max = 200) String listTitle,
        @Schema(description = "Code, unique in the township", examples = "JH-JC-005")
        @NotBlank @Size(max = 32) String code,
        @Schema(description = "Name of the item (检查事项名称)", examples = "对加油站、人员密集场所消防安全责任落实情况的检查")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Whom it inspects (检查对象)", nullable = true, examples = "辖区内加油站、商场超市、宾馆")
        @Size(max = 500) String subjects,
        @Schema(description = "Legal basis (检查依据)", examples = "《中华人民共和国消防法》第五十三条")
        @NotBlank @Size(max = 1000) String legalBasis,
        @Schema(description = "Department: 应急 EMERGENCY, 农业 AGRICULTURE, 林业 FORESTRY, 畜牧水产 LIVESTOCK_AQUATIC, "
                + "综合 COMPREHENSIVE, 其他 OTHER", examples = "EMERGENCY") @NotNull Department department,
        @Schema(description = "Field of enforcement", examples = "FIRE_SAFETY") @NotNull EnforcementField field,
        @Schema(description = "Method: 双随机一公开 DOUBLE_RANDOM, 专项 SPECIAL, 日常 ROUTINE", examples = "DOUBLE_RANDOM")
        @NotNull InspectionMethod method,
        @Schema(description = "How often one enterprise may be inspected under this item in a year (ENF-14); the "
                + "township's setting (2) when left out", nullable = true, examples = "1")
        @Min(1) @Max(12) Integer yearlyCap) {
}
