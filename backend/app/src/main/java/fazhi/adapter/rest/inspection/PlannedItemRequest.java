package fazhi.adapter.rest.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PlannedItemRequest", description = "A published item of the list in the plan, scheduled by months "
        + "or by a quarter (one of the two); checked as a whole, so that an error names its position, e.g. "
        + "`items[1].months`.")
public record PlannedItemRequest(
        @Schema(description = "The id of a published inspection item (ENF-14)",
                examples = "2f4e6a8c-1b3d-4f5a-8c7e-9d0b1a2c3e4f") String itemId,
        @Schema(description = "Months 1–12", nullable = true, examples = "[3, 9]") List<Integer> months,
        @Schema(description = "Quarter 1–4", nullable = true, examples = "2") Integer quarter) {
}
