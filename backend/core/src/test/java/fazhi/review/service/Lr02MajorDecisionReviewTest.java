package fazhi.review.service;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.SubjectType;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.LegalityReviewFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** LR-02: the legality review of a major decision takes at least seven working days. */
class Lr02MajorDecisionReviewTest {

    private final LegalityReviewFixture world = new LegalityReviewFixture();

    @Test
    void a_major_decision_is_answered_from_the_seventh_working_day_and_due_on_the_fifteenth() {
        // when
        LegalityReview review = world.submitted(SubjectType.MAJOR_DECISION, "decision-1");

        // then: submitted Monday 2025-03-03
        assertThat(review.current().earliestOn()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(review.current().dueOn()).isEqualTo(LocalDate.of(2025, 3, 24));
    }

    @Test
    void an_opinion_after_six_working_days_is_refused() {
        // given
        LegalityReview review = world.submitted(SubjectType.MAJOR_DECISION, "decision-1");
        world.onWorkingDay(6);

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.reviewer, JINHE,
                review.id(), review.version(), new ReviewOpinion.Approved()));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-02");
        assertThat(refusal.legalBasis()).isEqualTo("《重大行政决策程序暂行条例》");
        assertThat(refusal.arguments()).containsExactly(7, "2025-03-12");
        assertThat(world.reviews.stored(review.id()).status()).isEqualTo(ReviewOutcome.PENDING);
        assertThat(world.auditLog.entries()).hasSize(1);
    }

    @Test
    void an_early_reason_does_not_shorten_the_seven_working_days() {
        // given
        LegalityReview review = world.submitted(SubjectType.MAJOR_DECISION, "decision-1");
        world.onWorkingDay(6);

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.reviewer, JINHE,
                review.id(), review.version(), new ReviewOpinion.Rejected(List.of("未经风险评估"), "会期临近")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-02");
    }

    @Test
    void an_opinion_after_seven_working_days_is_recorded() {
        // given
        LegalityReview review = world.submitted(SubjectType.MAJOR_DECISION, "decision-1");
        LocalDate seventh = world.onWorkingDay(7);

        // when
        LegalityReview decided = world.service.decide(world.reviewer, JINHE, review.id(), review.version(),
                new ReviewOpinion.Approved());

        // then
        assertThat(decided.status()).isEqualTo(ReviewOutcome.APPROVED);
        assertThat(decided.current().decidedOn()).isEqualTo(seventh);
        assertThat(world.workingDays().between(decided.current().submittedOn(), seventh)).isEqualTo(7);
    }

    @Test
    void the_gate_gives_the_dates_a_major_decision_needs_to_count_its_review() {
        // given
        LegalityReview review = world.submitted(SubjectType.MAJOR_DECISION, "decision-1");
        LocalDate eighth = world.onWorkingDay(8);
        world.service.decide(world.reviewer, JINHE, review.id(), review.version(), new ReviewOpinion.Approved());

        // when
        var status = world.gate.latest(JINHE, SubjectType.MAJOR_DECISION, "decision-1");

        // then
        assertThat(status.submittedOn()).isEqualTo(LegalityReviewFixture.SUBMITTED);
        assertThat(status.decidedOn()).isEqualTo(eighth);
        assertThat(status.passed()).isTrue();
    }
}
