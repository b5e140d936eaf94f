package fazhi.adapter.rest.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "LegalityReviewPage", requiredProperties = {"items", "page", "size", "total"})
public record LegalityReviewPage(List<LegalityReviewView> items,
                                 @Schema(examples = "0") int page,
                                 @Schema(examples = "20") int size,
                                 @Schema(examples = "12") long total) {
}
