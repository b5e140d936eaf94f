package fazhi.adapter.rest.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CleanUpPage", requiredProperties = {"items", "page", "size", "total"})
public record CleanUpPage(List<CleanUpView> items,
                          @Schema(examples = "0") int page,
                          @Schema(examples = "20") int size,
                          @Schema(examples = "1") long total) {
}
