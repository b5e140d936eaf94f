package fazhi.adapter.rest.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InspectionEnterpriseRequest", description = "The enterprise inspected (被检查企业).")
public record InspectionEnterpriseRequest(
        @Schema(examples = "锦和镇兴旺砂石场") @NotBlank @Size(max = 100) String name,
        @Schema(description = "Unified social credit code (统一社会信用代码), checked by its GB 32100 check character",
                examples = "91431226MA4L2TH368") String creditCode) {
}
