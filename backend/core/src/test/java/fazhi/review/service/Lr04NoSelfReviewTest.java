package fazhi.review.service;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.SubjectType;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Role;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.LegalityReviewFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.ReviewSubmissionBuilder.aSubmission;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** LR-04: nobody reviews their own submission. */
class Lr04NoSelfReviewTest {

    private final LegalityReviewFixture world = new LegalityReviewFixture();
    /** 司法所所长 who also drafts for the office: both roles. */
    private final Actor clerkAndReviewer = a(Role.STAFF, Role.LEGAL_REVIEWER).named("sifasuo.tian").of(JINHE)
            .build();

    @Test
    void a_submission_naming_the_submitter_as_reviewer_is_refused_and_nothing_is_saved() {
        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.submit(clerkAndReviewer, JINHE,
                aSubmission().to(clerkAndReviewer.username()).build()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-04");
        assertThat(refusal.messageKey()).isEqualTo("review.lr04.ownSubmission");
        assertThat(world.reviews.saves()).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void assigning_a_round_to_its_submitter_is_refused() {
        // given
        LegalityReview review = world.service.submit(clerkAndReviewer, JINHE, aSubmission().build());

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.assign(world.leader, JINHE,
                review.id(), review.version(), clerkAndReviewer.username()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-04");
        assertThat(world.reviews.stored(review.id()).current().reviewer()).isNull();
    }

    @Test
    void one_with_both_roles_may_not_give_the_opinion_on_their_own_submission() {
        // given
        LegalityReview review = world.service.submit(clerkAndReviewer, JINHE, aSubmission().build());

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(clerkAndReviewer, JINHE,
                review.id(), review.version(), new ReviewOpinion.Approved()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-04");
        assertThat(world.reviews.stored(review.id()).status()).isEqualTo(ReviewOutcome.PENDING);
    }

    @Test
    void one_with_both_roles_may_not_assign_their_own_submission_to_themselves() {
        // given
        LegalityReview review = world.service.submit(clerkAndReviewer, JINHE, aSubmission().build());

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.assign(clerkAndReviewer, JINHE,
                review.id(), review.version(), clerkAndReviewer.username()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-04");
    }

    @Test
    void who_resubmitted_a_round_may_not_review_the_subject() {
        // given: a leader who is also a legal reviewer resubmits the rejected subject
        Actor leaderAndReviewer = a(Role.LEADER, Role.LEGAL_REVIEWER).named("leader.long").of(JINHE).build();
        LegalityReview rejected = world.rejected(SubjectType.OTHER, "subject-1");
        LegalityReview round2 = world.service.resubmit(leaderAndReviewer, JINHE, rejected.id(), rejected.version(),
                List.of("修改稿"));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.assign(world.leader, JINHE,
                round2.id(), round2.version(), leaderAndReviewer.username()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-04");
    }

    @Test
    void another_legal_reviewer_is_assigned_and_gives_the_opinion() {
        // given
        LegalityReview review = world.service.submit(clerkAndReviewer, JINHE, aSubmission().build());
        LegalityReview assigned = world.service.assign(world.leader, JINHE, review.id(), review.version(),
                world.otherReviewer.username());

        // when
        LegalityReview decided = world.service.decide(world.otherReviewer, JINHE, assigned.id(),
                assigned.version(), new ReviewOpinion.Approved());

        // then
        assertThat(decided.status()).isEqualTo(ReviewOutcome.APPROVED);
        assertThat(decided.current().decidedBy()).isEqualTo("reviewer.zhao");
    }

    @Test
    void a_legal_reviewer_who_is_not_the_assigned_one_may_not_give_the_opinion() {
        // given
        LegalityReview review = world.submitted(SubjectType.OTHER, "subject-1");

        // when
        AccessDenied refusal = thrown(AccessDenied.class, () -> world.service.decide(world.otherReviewer, JINHE,
                review.id(), review.version(), new ReviewOpinion.Approved()));

        // then
        assertThat(refusal.allowed()).containsExactly(Role.LEGAL_REVIEWER);
        assertThat(world.reviews.stored(review.id()).status()).isEqualTo(ReviewOutcome.PENDING);
    }

    @Test
    void an_unassigned_round_gets_no_opinion() {
        // given
        LegalityReview review = world.service.submit(world.clerk, JINHE, aSubmission().build());

        // when
        AccessDenied refusal = thrown(AccessDenied.class, () -> world.service.decide(world.reviewer, JINHE,
                review.id(), review.version(), new ReviewOpinion.Approved()));

        // then
        assertThat(refusal).isNotNull();
    }

    @Test
    void a_legal_reviewer_takes_an_unassigned_round_on_themselves() {
        // given
        LegalityReview review = world.service.submit(world.clerk, JINHE, aSubmission().build());

        // when
        LegalityReview assigned = world.service.assign(world.reviewer, JINHE, review.id(), review.version(),
                world.reviewer.username());

        // then
        assertThat(assigned.current().reviewer()).isEqualTo("reviewer.wang");
        assertThat(world.auditLog.last().action()).isEqualTo("legalityReview.assigned");
        assertThat(world.auditLog.last().changes().get("round.reviewer").after()).isEqualTo("reviewer.wang");
    }
}
