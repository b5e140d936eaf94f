package fazhi.review.service;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.SubjectType;
import fazhi.shared.model.StaleRecord;
import fazhi.testing.LegalityReviewFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** SYS-02: a change to a review based on a version that is no longer current overwrites nothing. */
class Sys02ReviewStaleVersionTest {

    private final LegalityReviewFixture world = new LegalityReviewFixture();

    @Test
    void an_opinion_on_a_review_reassigned_meanwhile_is_refused_and_nothing_is_saved_or_audited() {
        // given: version 0 was read, then the leader reassigned it (version 1)
        LegalityReview review = world.submitted(SubjectType.OTHER, "subject-1");
        world.service.assign(world.leader, JINHE, review.id(), review.version(), world.otherReviewer.username());
        int audited = world.auditLog.entries().size();

        // when
        StaleRecord refusal = thrown(StaleRecord.class, () -> world.service.decide(world.otherReviewer, JINHE,
                review.id(), 0, new ReviewOpinion.Approved()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("SYS-02");
        assertThat(refusal.arguments()).containsExactly("legalityReview", review.id(), 0L, 1L);
        assertThat(world.reviews.stored(review.id()).status()).isEqualTo(ReviewOutcome.PENDING);
        assertThat(world.auditLog.entries()).hasSize(audited);
    }

    @Test
    void an_assignment_based_on_an_older_version_is_refused() {
        // given
        LegalityReview review = world.submitted(SubjectType.OTHER, "subject-1");
        world.service.assign(world.leader, JINHE, review.id(), 0, world.otherReviewer.username());

        // when
        StaleRecord refusal = thrown(StaleRecord.class, () -> world.service.assign(world.leader, JINHE,
                review.id(), 0, world.reviewer.username()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("SYS-02");
        assertThat(world.reviews.stored(review.id()).current().reviewer()).isEqualTo("reviewer.zhao");
    }

    @Test
    void a_resubmission_based_on_an_older_version_is_refused() {
        // given
        LegalityReview rejected = world.rejected(SubjectType.OTHER, "subject-1");

        // when
        StaleRecord refusal = thrown(StaleRecord.class, () -> world.service.resubmit(world.clerk, JINHE,
                rejected.id(), rejected.version() - 1, List.of("修改稿")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("SYS-02");
        assertThat(world.reviews.stored(rejected.id()).rounds()).hasSize(1);
    }
}
