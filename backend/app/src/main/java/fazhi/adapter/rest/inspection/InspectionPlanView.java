package fazhi.adapter.rest.inspection;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.enforcement.model.InspectionPlanStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "InspectionPlanView", description = "A yearly enterprise inspection plan (涉企行政检查计划).",
        requiredProperties = {"id", "township", "year", "title", "targets", "items", "status", "version", "createdAt",
                "updatedAt"})
public record InspectionPlanView(
        @Schema(examples = "7a1c3e5f-2b4d-4a6c-8e0f-1a2b3c4d5e6f") String id,
        @Schema(examples = "jinhe") String township,
        @Schema(examples = "2025") int year,
        @Schema(examples = "锦和镇人民政府2025年度涉企行政检查计划") String title,
        InspectionPlanTargetsView targets,
        List<PlannedItemView> items,
        @Schema(description = "DRAFT → FILED (备案) → PUBLISHED") InspectionPlanStatus status,
        @Schema(nullable = true, examples = "2025-01-16") LocalDate filedOn,
        @Schema(nullable = true, examples = "麻司行备〔2025〕7号") String filingReference,
        @Schema(nullable = true, examples = "2025-01-20") LocalDate publishedOn,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "2") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
