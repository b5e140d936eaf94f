package fazhi.adapter.rest.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "PublicInspectionPlanView", description = "A published yearly enterprise inspection plan.",
        requiredProperties = {"id", "year", "title", "targets", "items", "filedOn", "filingReference", "publishedOn"})
public record PublicInspectionPlanView(
        @Schema(examples = "7a1c3e5f-2b4d-4a6c-8e0f-1a2b3c4d5e6f") String id,
        @Schema(examples = "2025") int year,
        @Schema(examples = "锦和镇人民政府2025年度涉企行政检查计划") String title,
        InspectionPlanTargetsView targets,
        List<PlannedItemView> items,
        @Schema(examples = "2025-01-16") LocalDate filedOn,
        @Schema(examples = "麻司行备〔2025〕7号") String filingReference,
        @Schema(examples = "2025-01-20") LocalDate publishedOn) {
}
