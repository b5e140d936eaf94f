package fazhi.adapter.rest.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ContractPage", requiredProperties = {"items", "page", "size", "total", "totalIsExact"})
public record ContractPage(List<ContractSummaryView> items,
                           @Schema(examples = "0") int page,
                           @Schema(examples = "20") int size,
                           @Schema(examples = "12",
                                   description = "Counted up to ten pages past this one (at most 10 000)")
                           long total,
                           @Schema(description = "False: more than total match (the count stopped there)")
                           boolean totalIsExact) {
}
