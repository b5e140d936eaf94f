package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "EnforcementCasePage", requiredProperties = {"items", "page", "size", "total"})
public record EnforcementCasePage(List<EnforcementCaseSummaryView> items,
                                  @Schema(examples = "0") int page,
                                  @Schema(examples = "20") int size,
                                  @Schema(examples = "40") long total) {
}
