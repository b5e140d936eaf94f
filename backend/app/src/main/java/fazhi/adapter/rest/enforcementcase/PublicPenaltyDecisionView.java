package fazhi.adapter.rest.enforcementcase;

import fazhi.enforcement.model.EnforcementField;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PublicPenaltyDecisionView", description = "A published penalty decision (行政处罚决定公示) with the "
        + "party's personal data removed (ENF-13): an organisation by name, a person as surname + 某; never an "
        + "identity number, phone or address.",
        requiredProperties = {"decisionNumber", "field", "partyName", "facts", "outcome", "decidedOn", "publishedOn"})
public record PublicPenaltyDecisionView(
        @Schema(examples = "锦和罚决字〔2025〕第7号") String decisionNumber,
        EnforcementField field,
        @Schema(examples = "张某") String partyName,
        @Schema(examples = "驾驶无牌三轮摩托车搭载乘客，未戴安全头盔。") String facts,
        PublicOutcomeView outcome,
        @Schema(examples = "2025-07-10") LocalDate decidedOn,
        @Schema(examples = "2025-07-15") LocalDate publishedOn) {
}
