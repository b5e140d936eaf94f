package fazhi.adapter.rest.enforcementcase;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseLegalReviewRequest", description = "Hand the intended decision to legal review (法制审核, ENF-07): "
        + "a legality review of subject ENFORCEMENT_DECISION with the case id as reference.",
        requiredProperties = {"summary"})
public record CaseLegalReviewRequest(
        @Schema(description = "The legal reviewer's username; the review area assigns one when left out",
                nullable = true, examples = "wang.fazhi") @Size(max = 100) String reviewer,
        @Schema(description = "What the reviewer should look at (the material handed in)",
                examples = "拟对当事人罚款12000元，已举行听证。") @Size(max = 200) String summary) {
}
