package fazhi.adapter.rest.contract;

import fazhi.review.model.ReviewOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContractReviewView", description = "The legality review of the contract or amendment as its latest "
        + "round stands (NONE when never submitted), and whether it must pass before approval and signing (LR-03: "
        + "major, or sent to review).", requiredProperties = {"required", "round", "outcome", "passed"})
public record ContractReviewView(
        @Schema(description = "LR-03: a passed review is needed before approval and signing") boolean required,
        @Schema(description = "The review's id, for /legality-reviews/{id}", nullable = true,
                examples = "5b0e6d2a-1c3f-4e8a-9b7d-2a1c3e5f7d9b") String reviewId,
        @Schema(description = "The latest round's number; 0 when never submitted", examples = "1") int round,
        ReviewOutcome outcome,
        @Schema(description = "Approved, with or without changes") boolean passed,
        @Schema(nullable = true, examples = "2025-06-09") LocalDate submittedOn,
        @Schema(nullable = true, examples = "2025-06-16") LocalDate decidedOn) {
}
