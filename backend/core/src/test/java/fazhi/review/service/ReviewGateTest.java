package fazhi.review.service;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.ReviewStatus;
import fazhi.review.model.SubjectType;
import fazhi.testing.LegalityReviewFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static org.assertj.core.api.Assertions.assertThat;

/** The gate other areas ask before they act: the latest round's outcome of a subject in a township. */
class ReviewGateTest {

    private final LegalityReviewFixture world = new LegalityReviewFixture();

    @Test
    void a_subject_never_submitted_has_no_review() {
        // when
        ReviewStatus status = world.gate.latest(JINHE, SubjectType.NORMATIVE_DOCUMENT, "doc-unknown");

        // then
        assertThat(status).isEqualTo(ReviewStatus.none());
        assertThat(status.passed()).isFalse();
    }

    @Test
    void a_submitted_subject_is_pending_until_its_opinion() {
        // given
        LegalityReview review = world.submitted(SubjectType.CONTRACT, "contract-1");

        // when
        ReviewStatus status = world.gate.latest(JINHE, SubjectType.CONTRACT, "contract-1");

        // then
        assertThat(status.outcome()).isEqualTo(ReviewOutcome.PENDING);
        assertThat(status.reviewId()).isEqualTo(review.id());
        assertThat(status.decidedOn()).isNull();
        assertThat(status.passed()).isFalse();
    }

    @Test
    void an_approval_with_changes_passes() {
        // given
        LegalityReview review = world.submitted(SubjectType.ENFORCEMENT_DECISION, "case-2025-007");
        world.service.decide(world.reviewer, JINHE, review.id(), review.version(),
                new ReviewOpinion.ApprovedWithChanges(List.of("处罚依据补充引用条款")));

        // when
        ReviewStatus status = world.gate.latest(JINHE, SubjectType.ENFORCEMENT_DECISION, "case-2025-007");

        // then
        assertThat(status.passed()).isTrue();
    }

    @Test
    void the_same_subject_in_another_township_has_no_review() {
        // given
        world.submitted(SubjectType.CONTRACT, "contract-1");

        // when
        ReviewStatus status = world.gate.latest(GAOCUN, SubjectType.CONTRACT, "contract-1");

        // then
        assertThat(status.outcome()).isEqualTo(ReviewOutcome.NONE);
    }

    @Test
    void the_same_reference_under_another_subject_type_has_no_review() {
        // given
        world.submitted(SubjectType.CONTRACT, "2025-1");

        // when
        ReviewStatus status = world.gate.latest(JINHE, SubjectType.MAJOR_DECISION, "2025-1");

        // then
        assertThat(status.outcome()).isEqualTo(ReviewOutcome.NONE);
    }
}
