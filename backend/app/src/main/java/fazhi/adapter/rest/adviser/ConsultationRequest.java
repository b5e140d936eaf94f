package fazhi.adapter.rest.adviser;

import fazhi.review.model.LinkedRecordType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ConsultationRequest", description = "One consultation of the adviser (法律咨询), dated within the "
        + "engagement; the linked record, if any, names both type and id.")
public record ConsultationRequest(
        @Schema(examples = "2025-04-08") @NotNull LocalDate consultedOn,
        @Schema(description = "What was asked", examples = "集镇光伏发电项目投资合作协议的风险") @NotBlank @Size(max = 200)
        String subject,
        @Schema(description = "The advice given", examples = "建议明确收益分配和违约责任条款，约定争议由本地法院管辖")
        @NotBlank @Size(max = 4000) String advice,
        @Schema(description = "The kind of record it concerns", nullable = true, examples = "CONTRACT")
        LinkedRecordType linkedRecordType,
        @Schema(description = "The record's id or number", nullable = true, examples = "HT-2025-023")
        @Size(max = 100) String linkedRecordId) {
}
