package fazhi.review.service;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.ReviewRound;
import fazhi.review.model.ReviewStatus;
import fazhi.review.model.SubjectType;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Role;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.LegalityReviewFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.ReviewSubmissionBuilder.aSubmission;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** LR-05: a rejected review blocks its subject; resubmission opens a new round; all rounds are kept. */
class Lr05RoundsTest {

    private final LegalityReviewFixture world = new LegalityReviewFixture();

    @Test
    void a_rejected_review_blocks_its_subject_at_the_gate() {
        // given
        LegalityReview rejected = world.rejected(SubjectType.CONTRACT, "contract-9");

        // when
        ReviewStatus status = world.gate.latest(JINHE, SubjectType.CONTRACT, "contract-9");

        // then
        assertThat(status.outcome()).isEqualTo(ReviewOutcome.REJECTED);
        assertThat(status.passed()).isFalse();
        assertThat(status.reviewId()).isEqualTo(rejected.id());
        assertThat(status.round()).isEqualTo(1);
    }

    @Test
    void resubmission_opens_round_two_with_new_materials_and_a_new_window() {
        // given
        LegalityReview rejected = world.rejected(SubjectType.NORMATIVE_DOCUMENT, "doc-3");
        LocalDate resubmittedOn = world.onWorkingDay(9);

        // when
        LegalityReview round2 = world.service.resubmit(world.clerk, JINHE, rejected.id(), rejected.version(),
                List.of("修改稿", "修改说明"));

        // then
        ReviewRound current = round2.current();
        assertThat(current.number()).isEqualTo(2);
        assertThat(current.materials()).containsExactly("修改稿", "修改说明");
        assertThat(current.submittedOn()).isEqualTo(resubmittedOn);
        assertThat(current.earliestOn()).isEqualTo(world.workingDays().plus(resubmittedOn, 5));
        assertThat(current.dueOn()).isEqualTo(world.workingDays().plus(resubmittedOn, 15));
        assertThat(current.reviewer()).isEqualTo(world.reviewer.username());
        assertThat(round2.status()).isEqualTo(ReviewOutcome.PENDING);
        assertThat(world.auditLog.last().action()).isEqualTo("legalityReview.resubmitted");
        assertThat(world.auditLog.last().changes().get("round").after()).isEqualTo("2");
    }

    @Test
    void every_round_is_kept_with_its_opinion() {
        // given
        LegalityReview rejected = world.rejected(SubjectType.OTHER, "subject-1");
        LegalityReview round2 = world.service.resubmit(world.clerk, JINHE, rejected.id(), rejected.version(),
                List.of("修改稿"));

        // when
        LegalityReview stored = world.service.get(world.reviewer, JINHE, round2.id());

        // then
        assertThat(stored.rounds()).extracting(ReviewRound::number).containsExactly(1, 2);
        assertThat(stored.rounds().get(0).opinion()).isEqualTo(new ReviewOpinion.Rejected(List.of("缺少公平竞争审查意见")));
        assertThat(stored.rounds().get(0).materials()).containsExactly("送审稿", "起草说明");
        assertThat(stored.submittedBy()).isEqualTo("staff.li");
    }

    @Test
    void the_gate_follows_the_latest_round() {
        // given
        LegalityReview rejected = world.rejected(SubjectType.CONTRACT, "contract-9");
        LegalityReview round2 = world.service.resubmit(world.clerk, JINHE, rejected.id(), rejected.version(),
                List.of("修改稿"));
        ReviewStatus whileOpen = world.gate.latest(JINHE, SubjectType.CONTRACT, "contract-9");

        // when
        world.service.decide(world.reviewer, JINHE, round2.id(), round2.version(),
                new ReviewOpinion.ApprovedWithChanges(List.of("第十二条违约金比例调整为不超过30%")));
        ReviewStatus afterApproval = world.gate.latest(JINHE, SubjectType.CONTRACT, "contract-9");

        // then
        assertThat(whileOpen.outcome()).isEqualTo(ReviewOutcome.PENDING);
        assertThat(whileOpen.round()).isEqualTo(2);
        assertThat(afterApproval.outcome()).isEqualTo(ReviewOutcome.APPROVED_WITH_CHANGES);
        assertThat(afterApproval.passed()).isTrue();
    }

    @Test
    void a_rejected_subject_is_not_submitted_anew() {
        // given
        LegalityReview rejected = world.rejected(SubjectType.CONTRACT, "contract-9");

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.submit(world.clerk, JINHE,
                aSubmission().of(SubjectType.CONTRACT, "contract-9").build()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-05");
        assertThat(refusal.messageKey()).isEqualTo("review.lr05.resubmitRejected");
        assertThat(refusal.arguments()).containsExactly(rejected.id());
    }

    @Test
    void a_subject_under_review_or_passed_is_not_submitted_twice() {
        // given
        world.submitted(SubjectType.CONTRACT, "contract-9");

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.submit(world.leader, JINHE,
                aSubmission().of(SubjectType.CONTRACT, "contract-9").build()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-05");
        assertThat(refusal.messageKey()).isEqualTo("review.lr05.alreadyReviewed");
        assertThat(world.reviews.saves()).hasSize(1);
    }

    @Test
    void the_same_reference_of_another_subject_type_is_another_subject() {
        // given
        world.submitted(SubjectType.CONTRACT, "2025-01");

        // when
        LegalityReview other = world.submitted(SubjectType.MAJOR_DECISION, "2025-01");

        // then
        assertThat(other.rounds()).hasSize(1);
    }

    @Test
    void a_review_not_rejected_is_not_resubmitted() {
        // given
        LegalityReview pending = world.submitted(SubjectType.OTHER, "subject-1");

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.resubmit(world.clerk, JINHE,
                pending.id(), pending.version(), List.of("修改稿")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-05");
        assertThat(world.reviews.stored(pending.id()).rounds()).hasSize(1);
    }

    @Test
    void a_leader_resubmits_a_subject_someone_else_submitted() {
        // given
        LegalityReview rejected = world.rejected(SubjectType.OTHER, "subject-1");

        // when
        LegalityReview round2 = world.service.resubmit(world.leader, JINHE, rejected.id(), rejected.version(),
                List.of("修改稿"));

        // then
        assertThat(round2.current().submittedBy()).isEqualTo("leader.yang");
        assertThat(round2.submittedBy()).isEqualTo("staff.li");
    }

    @Test
    void another_clerk_may_not_resubmit_a_subject_they_did_not_submit() {
        // given
        LegalityReview rejected = world.rejected(SubjectType.OTHER, "subject-1");
        Actor anotherClerk = a(Role.STAFF).named("staff.ma").of(JINHE).build();

        // when
        AccessDenied refusal = thrown(AccessDenied.class, () -> world.service.resubmit(anotherClerk, JINHE,
                rejected.id(), rejected.version(), List.of("修改稿")));

        // then
        assertThat(refusal.allowed()).containsExactly(Role.LEADER);
        assertThat(world.reviews.stored(rejected.id()).rounds()).hasSize(1);
    }

    @Test
    void a_round_that_has_its_opinion_gets_no_second_one() {
        // given
        LegalityReview rejected = world.rejected(SubjectType.OTHER, "subject-1");

        // when
        var refusal = thrown(fazhi.shared.model.InvalidInput.class, () -> world.service.decide(world.reviewer,
                JINHE, rejected.id(), rejected.version(), new ReviewOpinion.Approved()));

        // then
        assertThat(refusal.violations()).extracting(v -> v.messageKey()).containsExactly("review.status.decided");
        assertThat(world.reviews.stored(rejected.id()).status()).isEqualTo(ReviewOutcome.REJECTED);
    }
}
