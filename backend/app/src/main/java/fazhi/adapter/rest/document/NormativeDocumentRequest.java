package fazhi.adapter.rest.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NormativeDocumentRequest", description = "A normative document (规范性文件) as drafted or edited, "
        + "until it is issued.")
public record NormativeDocumentRequest(
        @Schema(description = "Title; 暂行 or 试行 in it makes the document provisional (LR-06: two years)",
                examples = "锦和镇人民政府合同管理办法(试行)") @NotBlank @Size(max = 200) String title,
        @Schema(description = "Issuing body (制定机关)", examples = "锦和镇人民政府") @NotBlank @Size(max = 100) String issuer,
        @Schema(description = "Marks the document provisional (暂行/试行) when its title does not say so; a title "
                + "that says so makes it provisional whatever this is", examples = "false", nullable = true)
        Boolean provisional) {
}
