package fazhi.adapter.rest.inspection;

import fazhi.enforcement.model.InspectionResult;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "InspectionResultRequest", description = "What the inspection found, once done.")
public record InspectionResultRequest(
        @Schema(description = "The day it was done: not before the notice, not in the future; the officers' "
                + "certificates are checked on it (ENF-02)", examples = "2025-07-10") @NotNull LocalDate inspectedOn,
        @Schema(description = "NO_PROBLEM (未发现问题), RECTIFICATION_ORDERED (责令整改) or CASE_OPENED (立案查处)",
                examples = "RECTIFICATION_ORDERED") @NotNull InspectionResult result,
        @Schema(description = "What was found; required unless NO_PROBLEM", nullable = true,
                examples = "灭火器压力不足2具，疏散通道堆放杂物") @Size(max = 2000) String findings,
        @Schema(description = "Deadline of the rectification, after the inspection; only and always with "
                + "RECTIFICATION_ORDERED", nullable = true, examples = "2025-07-25") LocalDate rectificationDueOn,
        @Schema(description = "The case opened, with CASE_OPENED only", nullable = true, examples = "锦和立〔2025〕5号")
        @Size(max = 100) String caseReference) {
}
