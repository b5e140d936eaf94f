package fazhi.adapter.rest.document;

import fazhi.review.model.CleanUpVerdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CleanUpDecisionView", requiredProperties = {"documentId", "documentTitle", "verdict", "reason"})
public record CleanUpDecisionView(
        @Schema(examples = "0b6f4c1e-2f0d-4a53-9d2e-7f6f0c6a1b2c") String documentId,
        @Schema(description = "The number when decided", nullable = true, examples = "锦政发〔2019〕12号")
        String documentNumber,
        @Schema(description = "The title when decided", examples = "锦和镇集镇摊点管理暂行办法") String documentTitle,
        CleanUpVerdict verdict,
        @Schema(examples = "已不适应管理需要") String reason) {
}
