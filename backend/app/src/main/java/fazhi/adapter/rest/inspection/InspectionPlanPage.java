package fazhi.adapter.rest.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "InspectionPlanPage", requiredProperties = {"items", "page", "size", "total"})
public record InspectionPlanPage(List<InspectionPlanView> items,
                                 @Schema(examples = "0") int page,
                                 @Schema(examples = "20") int size,
                                 @Schema(examples = "1") long total) {
}
