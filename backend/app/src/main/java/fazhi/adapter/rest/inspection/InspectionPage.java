package fazhi.adapter.rest.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "InspectionPage", requiredProperties = {"items", "page", "size", "total"})
public record InspectionPage(List<InspectionView> items,
                             @Schema(examples = "0") int page,
                             @Schema(examples = "20") int size,
                             @Schema(examples = "25") long total) {
}
