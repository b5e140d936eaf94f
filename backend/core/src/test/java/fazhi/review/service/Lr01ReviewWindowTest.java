package fazhi.review.service;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.ReviewRound;
import fazhi.review.model.SubjectType;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.LegalityReviewFixture;
import fazhi.testing.ReviewSubmissionBuilder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * LR-01: a normative document's review window runs from the fifth to the fifteenth working day after
 * submission; an earlier opinion needs a recorded reason, a later one is overdue.
 */
class Lr01ReviewWindowTest {

    private final LegalityReviewFixture world = new LegalityReviewFixture();

    private LegalityReview aNormativeDocumentSubmittedOnMonday() {
        return world.submitted(SubjectType.NORMATIVE_DOCUMENT, "doc-1");
    }

    @Test
    void the_window_of_a_normative_document_is_the_fifth_to_the_fifteenth_working_day() {
        // when
        LegalityReview review = aNormativeDocumentSubmittedOnMonday();

        // then: submitted Monday 2025-03-03
        ReviewRound round = review.current();
        assertThat(round.earliestOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(round.dueOn()).isEqualTo(LocalDate.of(2025, 3, 24));
    }

    @Test
    void the_window_is_counted_in_working_days_across_the_national_day_holiday() {
        // given: Monday 2025-09-29; 10/1–10/8 off, Saturday 10/11 a working day
        world.on(LocalDate.of(2025, 9, 29));

        // when
        LegalityReview review = aNormativeDocumentSubmittedOnMonday();

        // then: 9/30, 10/9, 10/10, 10/11, 10/13
        assertThat(review.current().earliestOn()).isEqualTo(LocalDate.of(2025, 10, 13));
    }

    @Test
    void an_opinion_on_the_fourth_working_day_without_a_reason_is_refused_and_nothing_is_saved() {
        // given
        LegalityReview review = aNormativeDocumentSubmittedOnMonday();
        world.onWorkingDay(4);

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.reviewer, JINHE,
                review.id(), review.version(), new ReviewOpinion.Approved()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-01");
        assertThat(refusal.legalBasis()).isEqualTo("国办发〔2018〕115号");
        assertThat(refusal.messageKey()).isEqualTo("review.lr01.earlyWithoutReason");
        assertThat(world.reviews.stored(review.id()).status()).isEqualTo(ReviewOutcome.PENDING);
        assertThat(world.reviews.saves()).hasSize(1);
    }

    @Test
    void an_opinion_on_the_fourth_working_day_with_a_reason_is_recorded_with_the_reason() {
        // given
        LegalityReview review = aNormativeDocumentSubmittedOnMonday();
        LocalDate fourth = world.onWorkingDay(4);

        // when
        LegalityReview decided = world.service.decide(world.reviewer, JINHE, review.id(), review.version(),
                new ReviewOpinion.Approved("镇人民政府常务会议定于3月7日审议，须提前出具意见"));

        // then
        assertThat(decided.status()).isEqualTo(ReviewOutcome.APPROVED);
        assertThat(decided.current().opinion().earlyReason()).isEqualTo("镇人民政府常务会议定于3月7日审议，须提前出具意见");
        assertThat(decided.current().decidedOn()).isEqualTo(fourth);
        assertThat(world.auditLog.last().changes().get("round.earlyReason").after())
                .isEqualTo("镇人民政府常务会议定于3月7日审议，须提前出具意见");
    }

    @Test
    void an_opinion_on_the_fifth_working_day_needs_no_reason() {
        // given
        LegalityReview review = aNormativeDocumentSubmittedOnMonday();
        world.onWorkingDay(5);

        // when
        LegalityReview decided = world.service.decide(world.reviewer, JINHE, review.id(), review.version(),
                new ReviewOpinion.ApprovedWithChanges(List.of("第七条删除“罚款”表述")));

        // then
        assertThat(decided.status()).isEqualTo(ReviewOutcome.APPROVED_WITH_CHANGES);
        assertThat(decided.current().opinion().earlyReason()).isNull();
    }

    @Test
    void a_reason_given_for_an_opinion_that_is_not_early_is_not_kept() {
        // given
        LegalityReview review = aNormativeDocumentSubmittedOnMonday();
        world.onWorkingDay(6);

        // when
        LegalityReview decided = world.service.decide(world.reviewer, JINHE, review.id(), review.version(),
                new ReviewOpinion.Rejected(List.of("超越法定权限设定行政许可"), "会期临近"));

        // then
        assertThat(decided.status()).isEqualTo(ReviewOutcome.REJECTED);
        assertThat(decided.current().opinion().earlyReason()).isNull();
    }

    @Test
    void an_opinion_on_the_fifteenth_working_day_is_in_time() {
        // given
        LegalityReview review = aNormativeDocumentSubmittedOnMonday();
        LocalDate fifteenth = world.onWorkingDay(15);

        // when
        boolean overdue = world.reviews.stored(review.id()).isOverdue(fifteenth);
        LegalityReview decided = world.service.decide(world.reviewer, JINHE, review.id(), review.version(),
                new ReviewOpinion.Approved());

        // then
        assertThat(overdue).isFalse();
        assertThat(decided.current().decidedOn()).isEqualTo(decided.current().dueOn());
    }

    @Test
    void a_round_without_opinion_on_the_sixteenth_working_day_is_overdue() {
        // given
        LegalityReview review = aNormativeDocumentSubmittedOnMonday();

        // when
        LocalDate sixteenth = world.onWorkingDay(16);

        // then
        assertThat(world.reviews.stored(review.id()).isOverdue(sixteenth)).isTrue();
    }

    @Test
    void a_round_answered_is_never_overdue() {
        // given
        LegalityReview review = aNormativeDocumentSubmittedOnMonday();
        world.onWorkingDay(10);
        world.service.decide(world.reviewer, JINHE, review.id(), review.version(), new ReviewOpinion.Approved());

        // when
        LocalDate muchLater = world.onWorkingDay(40);

        // then
        assertThat(world.reviews.stored(review.id()).isOverdue(muchLater)).isFalse();
    }

    @Test
    void other_subjects_have_no_earliest_day_but_the_same_due_day() {
        // when
        LegalityReview review = world.service.submit(world.clerk, JINHE,
                ReviewSubmissionBuilder.aSubmission().of(SubjectType.CONTRACT, "contract-1").build());

        // then
        assertThat(review.current().earliestOn()).isNull();
        assertThat(review.current().dueOn()).isEqualTo(LocalDate.of(2025, 3, 24));
    }

    @Test
    void other_subjects_may_be_answered_the_day_they_are_submitted() {
        // given
        LegalityReview review = world.submitted(SubjectType.ENFORCEMENT_DECISION, "case-1");

        // when
        LegalityReview decided = world.service.decide(world.reviewer, JINHE, review.id(), review.version(),
                new ReviewOpinion.Approved("no need"));

        // then
        assertThat(decided.status()).isEqualTo(ReviewOutcome.APPROVED);
        assertThat(decided.current().opinion().earlyReason()).isNull();
    }
}
