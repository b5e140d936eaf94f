package fazhi.adapter.rest.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ContractSigningView", requiredProperties = {"signedOn", "signatories", "signedFileId"})
public record ContractSigningView(@Schema(examples = "2025-06-25") LocalDate signedOn,
                                  @Schema(examples = "[\"赵志刚\", \"王建兴\"]") List<String> signatories,
                                  @Schema(description = "The attachment of the signed text",
                                          examples = "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") String signedFileId) {
}
