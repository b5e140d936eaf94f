package fazhi.adapter.rest.adviser;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.review.model.LinkedRecordType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "ConsultationView", description = "An entry of a legal adviser's consultations log.",
        requiredProperties = {"id", "township", "adviserId", "consultedOn", "subject", "advice", "version",
                "createdAt", "updatedAt"})
public record ConsultationView(
        @Schema(examples = "6f8a0c2e-4b6d-4f8a-b0c2-e4f6a8b0c2d4") String id,
        @Schema(examples = "jinhe") String township,
        @Schema(examples = "2e4c6a8b-0d1f-4e3a-9c5b-7d9f1b3d5f7a") String adviserId,
        @Schema(examples = "2025-04-08") LocalDate consultedOn,
        @Schema(examples = "集镇光伏发电项目投资合作协议的风险") String subject,
        @Schema(examples = "建议明确收益分配和违约责任条款") String advice,
        @Schema(nullable = true) LinkedRecordType linkedRecordType,
        @Schema(nullable = true, examples = "HT-2025-023") String linkedRecordId,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
