package fazhi.adapter.rest.decision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PublicMajorDecisionView", description = "A published major decision.",
        requiredProperties = {"year", "title", "sponsor", "adoptedOn", "publishedOn"})
public record PublicMajorDecisionView(
        @Schema(examples = "2025") int year,
        @Schema(nullable = true, examples = "1") Integer catalogueNumber,
        @Schema(examples = "锦和镇集镇农贸市场改造提升项目") String title,
        @Schema(nullable = true) String description,
        @Schema(examples = "锦和镇经济发展办公室") String sponsor,
        @Schema(examples = "2025-04-28") LocalDate adoptedOn,
        @Schema(examples = "2025-05-06") LocalDate publishedOn) {
}
