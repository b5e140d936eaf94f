package fazhi.adapter.rest.decision;

import fazhi.review.model.RiskLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "RiskAssessmentView", requiredProperties = {"assessedOn", "level", "conclusion"})
public record RiskAssessmentView(@Schema(examples = "2025-04-10") LocalDate assessedOn,
                                 RiskLevel level,
                                 @Schema(examples = "社会稳定风险等级为低") String conclusion) {
}
