package fazhi.adapter.rest.enforcementcase;

import fazhi.review.model.ReviewOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseLegalReviewView", description = "The legal review (法制审核, ENF-07): whether the decision needs "
        + "one (flagged major, or a hearing held), the review asked for (null until asked) and its latest outcome as "
        + "the review gate answers (NONE until asked).", requiredProperties = {"required", "status", "passed"})
public record CaseLegalReviewView(
        @Schema(description = "The decision needs a passed legal review") boolean required,
        @Schema(nullable = true, examples = "5b0e6d2a-1c3f-4e8a-9b7d-2a1c3e5f7d9b") String reviewId,
        @Schema(nullable = true, examples = "2025-07-03") LocalDate requestedOn,
        @Schema(nullable = true, examples = "wang.fazhi") String reviewer,
        @Schema(description = "The latest round's outcome") ReviewOutcome status,
        @Schema(description = "Approved, with or without changes") boolean passed,
        @Schema(nullable = true, examples = "2025-07-08") LocalDate decidedOn) {
}
