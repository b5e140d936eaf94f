package fazhi.adapter.rest.adviser;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "LegalAdviserRequest", description = "A legal adviser (法律顾问) as engaged or edited.")
public record LegalAdviserRequest(
        @Schema(description = "The lawyer's name", examples = "向明远") @NotBlank @Size(max = 50) String name,
        @Schema(examples = "湖南芙蓉律师事务所") @NotBlank @Size(max = 100) String lawFirm,
        @Schema(description = "First day of the engagement", examples = "2025-01-01") @NotNull LocalDate engagedFrom,
        @Schema(description = "Last day of the engagement, not before the first", examples = "2025-12-31")
        @NotNull LocalDate engagedUntil,
        @Schema(description = "The scope of the service", examples = "项目投资、依法行政、行政诉讼等法律服务",
                nullable = true) @Size(max = 1000) String scope) {
}
