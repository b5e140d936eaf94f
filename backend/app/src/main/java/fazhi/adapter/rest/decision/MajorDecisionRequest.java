package fazhi.adapter.rest.decision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MajorDecisionRequest", description = "A major administrative decision (重大行政决策) as proposed or "
        + "edited, until adopted.")
public record MajorDecisionRequest(
        @Schema(description = "The year of the catalogue (目录) it belongs to", examples = "2025")
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "Its number in the year's catalogue, unique in the township's year; none when not "
                + "catalogued", examples = "1", nullable = true) @Min(1) @Max(999) Integer catalogueNumber,
        @Schema(examples = "锦和镇集镇农贸市场改造提升项目") @NotBlank @Size(max = 200) String title,
        @Schema(nullable = true, examples = "对集镇农贸市场进行整体改造，新建钢结构大棚2000平方米") @Size(max = 2000)
        String description,
        @Schema(description = "Sponsoring department (承办单位)", examples = "锦和镇经济发展办公室")
        @NotBlank @Size(max = 100) String sponsor) {
}
