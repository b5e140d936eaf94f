package fazhi.adapter.rest.adviser;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.review.model.EngagementStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "LegalAdviserView", description = "A legal adviser (法律顾问) of the township.",
        requiredProperties = {"id", "township", "name", "lawFirm", "engagedFrom", "engagedUntil", "status",
                "version", "createdAt", "updatedAt"})
public record LegalAdviserView(
        @Schema(examples = "2e4c6a8b-0d1f-4e3a-9c5b-7d9f1b3d5f7a") String id,
        @Schema(examples = "jinhe") String township,
        @Schema(examples = "向明远") String name,
        @Schema(examples = "湖南芙蓉律师事务所") String lawFirm,
        @Schema(examples = "2025-01-01") LocalDate engagedFrom,
        @Schema(examples = "2025-12-31") LocalDate engagedUntil,
        @Schema(nullable = true, examples = "项目投资、依法行政、行政诉讼等法律服务") String scope,
        @Schema(description = "Today: within the engagement ACTIVE, before it UPCOMING, after it ENDED")
        EngagementStatus status,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
