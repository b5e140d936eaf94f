package fazhi.enforcement.port.in;

import fazhi.review.model.ReviewOutcome;

import java.time.LocalDate;

/**
 * The legal review of a case (ENF-07): whether one is required, the review the case asked for (id, when, to
 * whom; null until asked) and its latest outcome as the review gate answers.
 */
public record LegalReviewState(boolean required, String reviewId, LocalDate requestedOn, String reviewer,
                               ReviewOutcome status, LocalDate decidedOn) {
}
