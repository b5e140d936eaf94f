package fazhi.adapter.rest.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "InspectionItemPage", requiredProperties = {"items", "page", "size", "total"})
public record InspectionItemPage(List<InspectionItemView> items,
                                 @Schema(examples = "0") int page,
                                 @Schema(examples = "20") int size,
                                 @Schema(examples = "8") long total) {
}
