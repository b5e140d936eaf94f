package fazhi.enforcement.model;

import java.time.LocalDate;

/**
 * The legal review (法制审核, ENF-07) the case asked for: the review's id in the review area, when and to whom
 * it went. Its outcome is asked of the review gate, never copied.
 */
public record LegalReviewRequest(String reviewId, LocalDate requestedOn, String reviewer) {
}
