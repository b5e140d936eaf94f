package fazhi.adapter.rest.training;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "StaffMemberPage", requiredProperties = {"items", "page", "size", "total", "totalIsExact"})
public record StaffMemberPage(List<StaffMemberView> items,
                              @Schema(examples = "0") int page,
                              @Schema(examples = "20") int size,
                              @Schema(examples = "40") long total,
                              @Schema(description = "False: more than total match (the count stopped there)")
                              boolean totalIsExact) {
}
