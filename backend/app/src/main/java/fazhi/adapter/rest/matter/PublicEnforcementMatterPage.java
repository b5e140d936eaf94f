package fazhi.adapter.rest.matter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PublicEnforcementMatterPage", requiredProperties = {"items", "page", "size", "total"})
public record PublicEnforcementMatterPage(List<PublicEnforcementMatterView> items,
                                          @Schema(examples = "0") int page,
                                          @Schema(examples = "20") int size,
                                          @Schema(examples = "12") long total) {
}
