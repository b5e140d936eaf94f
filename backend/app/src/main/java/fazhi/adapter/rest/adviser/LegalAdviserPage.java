package fazhi.adapter.rest.adviser;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "LegalAdviserPage", requiredProperties = {"items", "page", "size", "total"})
public record LegalAdviserPage(List<LegalAdviserView> items,
                               @Schema(examples = "0") int page,
                               @Schema(examples = "20") int size,
                               @Schema(examples = "1") long total) {
}
