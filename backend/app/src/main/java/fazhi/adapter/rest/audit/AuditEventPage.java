package fazhi.adapter.rest.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AuditEventPage", requiredProperties = {"items", "page", "size", "total", "totalIsExact"})
public record AuditEventPage(List<AuditEventView> items, int page, int size,
                             @Schema(description = "Counted up to ten pages past this one (at most 10 000)") long total,
                             @Schema(description = "False: more than total match (the count stopped there)")
                             boolean totalIsExact) {
}
