package fazhi.adapter.rest.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PublicInspectionItemPage", requiredProperties = {"items", "page", "size", "total"})
public record PublicInspectionItemPage(List<PublicInspectionItemView> items,
                                       @Schema(examples = "0") int page,
                                       @Schema(examples = "20") int size,
                                       @Schema(examples = "8") long total) {
}
