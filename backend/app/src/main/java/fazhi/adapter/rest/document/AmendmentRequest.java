package fazhi.adapter.rest.document;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AmendmentRequest", description = "A document in force amended (修改): by another document of the "
        + "register, or as a note says; at least one of the two.")
public record AmendmentRequest(
        @Schema(description = "Id of the amending document in the register", nullable = true,
                examples = "9d5c2f0e-8b1a-4c7e-a3d2-0f1e2d3c4b5a") @Size(max = 36) String amendedBy,
        @Schema(description = "How it was amended", nullable = true, examples = "第五条由锦政发〔2026〕2号修改")
        @Size(max = 500) String note) {
}
