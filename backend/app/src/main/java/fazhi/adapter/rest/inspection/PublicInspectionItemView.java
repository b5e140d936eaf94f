package fazhi.adapter.rest.inspection;

import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.InspectionMethod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PublicInspectionItemView", description = "A published item of the enterprise inspection items list.",
        requiredProperties = {"id", "listTitle", "code", "name", "legalBasis", "department", "field", "method",
                "yearlyCap", "publishedOn"})
public record PublicInspectionItemView(
        @Schema(examples = "2f4e6a8c-1b3d-4f5a-8c7e-9d0b1a2c3e4f") String id,
        @Schema(examples = "麻阳苗族自治县锦和镇涉企行政检查事项清单") String listTitle,
        @Schema(examples = "JH-JC-005") String code,
        @Schema(examples = "对加油站、人员密集场所消防安全责任落实情况的检查") String name,
        @Schema(nullable = true, examples = "辖区内加油站、商场超市、宾馆") String subjects,
        @Schema(examples = "《中华人民共和国消防法》第五十三条") String legalBasis,
        Department department,
        EnforcementField field,
        InspectionMethod method,
        @Schema(examples = "2") int yearlyCap,
        @Schema(examples = "2025-01-08") LocalDate publishedOn) {
}
