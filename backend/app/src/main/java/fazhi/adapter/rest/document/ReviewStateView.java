package fazhi.adapter.rest.document;

import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.ReviewStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** What the review gate says of a document or decision: its latest round. */
@Schema(name = "ReviewStateView", description = "The subject's legality review as its latest round stands; NONE "
        + "when never submitted.", requiredProperties = {"round", "outcome", "passed"})
public record ReviewStateView(
        @Schema(nullable = true, examples = "5b0e6d2a-1c3f-4e8a-9b7d-2a1c3e5f7d9b") String reviewId,
        @Schema(description = "The latest round's number; 0 when never submitted", examples = "1") int round,
        ReviewOutcome outcome,
        @Schema(nullable = true, examples = "2025-03-03") LocalDate submittedOn,
        @Schema(nullable = true, examples = "2025-03-12") LocalDate decidedOn,
        @Schema(description = "Approved, with or without changes") boolean passed) {

    public static ReviewStateView of(ReviewStatus status) {
        return new ReviewStateView(status.reviewId(), status.round(), status.outcome(), status.submittedOn(),
                status.decidedOn(), status.passed());
    }
}
