package fazhi.adapter.rest.matter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "EnforcementMatterPage", requiredProperties = {"items", "page", "size", "total"})
public record EnforcementMatterPage(List<EnforcementMatterView> items,
                                    @Schema(examples = "0") int page,
                                    @Schema(examples = "20") int size,
                                    @Schema(examples = "12") long total) {
}
