package fazhi.adapter.rest.inspection;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.InspectionMethod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "InspectionItemView", description = "An item of the enterprise inspection items list (涉企行政检查事项清单).",
        requiredProperties = {"id", "township", "listTitle", "code", "name", "legalBasis", "department", "field",
                "method", "yearlyCap", "published", "version", "createdAt", "updatedAt"})
public record InspectionItemView(
        @Schema(examples = "2f4e6a8c-1b3d-4f5a-8c7e-9d0b1a2c3e4f") String id,
        @Schema(examples = "jinhe") String township,
        @Schema(examples = "麻阳苗族自治县锦和镇涉企行政检查事项清单") String listTitle,
        @Schema(examples = "JH-JC-005") String code,
        @Schema(examples = "对加油站、人员密集场所消防安全责任落实情况的检查") String name,
        @Schema(nullable = true, examples = "辖区内加油站、商场超市、宾馆") String subjects,
        @Schema(examples = "《中华人民共和国消防法》第五十三条") String legalBasis,
        Department department,
        EnforcementField field,
        InspectionMethod method,
        @Schema(description = "Inspections of one enterprise under this item a year at most (ENF-14)", examples = "2")
        int yearlyCap,
        @Schema(description = "Whether it is on the published list; only published items may be inspected (ENF-14)")
        boolean published,
        @Schema(nullable = true, examples = "2025-01-08") LocalDate publishedOn,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "1") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
