package fazhi.review.service;

import fazhi.review.model.CollectiveDiscussion;
import fazhi.review.model.DecisionStatus;
import fazhi.review.model.MajorDecision;
import fazhi.review.model.ProcedureStep;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.ReviewStatus;
import fazhi.review.model.StepProgress;
import fazhi.review.model.SubjectType;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Role;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.GovernanceFixture;
import fazhi.testing.MajorDecisionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.MajorDecisionBuilder.MEETING;
import static fazhi.testing.MajorDecisionBuilder.aDecisionInProcedure;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * LR-02: a major decision goes through public participation, expert argument, risk assessment and a passed
 * legality review before its collective discussion, and is adopted only after that discussion
 * (《重大行政决策程序暂行条例》).
 */
class Lr02DecisionProcedureTest {

    private final GovernanceFixture world = new GovernanceFixture();
    private final Actor clerk = a(Role.STAFF).named("li.clerk").of(JINHE).build();
    private final Actor mayor = a(Role.LEADER).named("zhao.mayor").of(JINHE).build();

    private void reviewSays(ReviewOutcome outcome) {
        world.gate.says(JINHE, SubjectType.MAJOR_DECISION, "decision-1", outcome);
    }

    private RuleViolation discussionRefused() {
        return thrown(RuleViolation.class,
                () -> world.decisionRegister.recordCollectiveDiscussion(clerk, JINHE, "decision-1", 4, MEETING));
    }

    @Test
    void the_collective_discussion_is_recorded_once_every_step_before_it_is_done() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1").withTheStepsBeforeReview());
        reviewSays(ReviewOutcome.APPROVED);

        // when
        MajorDecision discussed = world.decisionRegister.recordCollectiveDiscussion(clerk, JINHE, "decision-1", 4,
                MEETING);

        // then
        assertThat(discussed.collectiveDiscussion()).isEqualTo(MEETING);
        assertThat(world.auditLog.last().action()).isEqualTo("major-decision.collective-discussion-recorded");
        assertThat(world.auditLog.last().changes())
                .contains(entry("collectiveDiscussion.meetingOn", new Change(null, "2025-06-10")));
    }

    @Test
    void a_review_passed_with_changes_counts_as_passed() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1").withTheStepsBeforeReview());
        reviewSays(ReviewOutcome.APPROVED_WITH_CHANGES);

        // when
        MajorDecision discussed = world.decisionRegister.recordCollectiveDiscussion(clerk, JINHE, "decision-1", 4,
                MEETING);

        // then
        assertThat(discussed.collectiveDiscussion()).isNotNull();
    }

    @Test
    void without_public_participation_the_discussion_is_refused_with_lr02() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1").withExpertArgument().withRiskAssessment());
        reviewSays(ReviewOutcome.APPROVED);

        // when
        RuleViolation refusal = discussionRefused();

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-02");
        assertThat(refusal.legalBasis()).isEqualTo("《重大行政决策程序暂行条例》");
        assertThat(refusal.messageKey()).isEqualTo("decision.lr02.discussion.PUBLIC_PARTICIPATION");
        assertThat(world.decisions.saves()).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void without_expert_argument_the_discussion_is_refused_with_lr02() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1").withPublicParticipation().withRiskAssessment());
        reviewSays(ReviewOutcome.APPROVED);

        // then
        assertThat(discussionRefused().messageKey()).isEqualTo("decision.lr02.discussion.EXPERT_ARGUMENT");
    }

    @Test
    void without_risk_assessment_the_discussion_is_refused_with_lr02() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1").withPublicParticipation().withExpertArgument());
        reviewSays(ReviewOutcome.APPROVED);

        // then
        assertThat(discussionRefused().messageKey()).isEqualTo("decision.lr02.discussion.RISK_ASSESSMENT");
    }

    @ParameterizedTest
    @EnumSource(value = ReviewOutcome.class, names = {"NONE", "PENDING", "REJECTED"})
    void without_a_passed_legality_review_the_discussion_is_refused_with_lr02(ReviewOutcome outcome) {
        // given
        world.given(aDecisionInProcedure().withId("decision-1").withTheStepsBeforeReview());
        reviewSays(outcome);

        // when
        RuleViolation refusal = discussionRefused();

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-02");
        assertThat(refusal.messageKey()).isEqualTo("decision.lr02.discussion.LEGALITY_REVIEW");
        assertThat(world.decisions.stored("decision-1").collectiveDiscussion()).isNull();
    }

    @Test
    void a_meeting_dated_before_the_last_step_is_refused_with_lr02() {
        // given: the risk assessment is dated 2025-05-15
        world.given(aDecisionInProcedure().withId("decision-1").withTheStepsBeforeReview());
        reviewSays(ReviewOutcome.APPROVED);

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.decisionRegister.recordCollectiveDiscussion(
                clerk, JINHE, "decision-1", 4, new CollectiveDiscussion(LocalDate.of(2025, 5, 14), "纪要〔2025〕5号")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-02");
        assertThat(refusal.messageKey()).isEqualTo("decision.lr02.discussionTooEarly");
        assertThat(refusal.arguments()).containsExactly("2025-05-14", "2025-05-15");
    }

    @Test
    void a_meeting_dated_before_the_reviews_opinion_is_refused_with_lr02() {
        // given: the review passed on 2025-06-12, after the other steps
        world.given(aDecisionInProcedure().withId("decision-1").withTheStepsBeforeReview());
        world.gate.says(JINHE, SubjectType.MAJOR_DECISION, "decision-1", new ReviewStatus("review-1", 1,
                ReviewOutcome.APPROVED, LocalDate.of(2025, 5, 20), LocalDate.of(2025, 6, 12)));

        // when
        RuleViolation refusal = discussionRefused();

        // then
        assertThat(refusal.messageKey()).isEqualTo("decision.lr02.discussionTooEarly");
        assertThat(refusal.arguments()).containsExactly("2025-06-10", "2025-06-12");
    }

    @Test
    void adoption_before_the_collective_discussion_is_refused_with_lr02_and_nothing_is_saved() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1").withTheStepsBeforeReview());
        reviewSays(ReviewOutcome.APPROVED);

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> world.decisionRegister.adopt(mayor, JINHE, "decision-1", 4, LocalDate.of(2025, 6, 12)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-02");
        assertThat(refusal.messageKey()).isEqualTo("decision.lr02.adopt.COLLECTIVE_DISCUSSION");
        assertThat(world.decisions.stored("decision-1").status()).isEqualTo(DecisionStatus.IN_PROCEDURE);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void adoption_of_a_decision_with_no_step_done_names_the_first_missing_step() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1"));

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> world.decisionRegister.adopt(mayor, JINHE, "decision-1", 4, LocalDate.of(2025, 6, 12)));

        // then
        assertThat(refusal.messageKey()).isEqualTo("decision.lr02.adopt.PUBLIC_PARTICIPATION");
    }

    @Test
    void after_the_collective_discussion_a_leader_adopts_the_decision() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1").discussed());
        reviewSays(ReviewOutcome.APPROVED);

        // when
        MajorDecision adopted = world.decisionRegister.adopt(mayor, JINHE, "decision-1", 4, LocalDate.of(2025, 6, 12));

        // then
        assertThat(adopted.status()).isEqualTo(DecisionStatus.ADOPTED);
        assertThat(adopted.adoptedOn()).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(world.auditLog.last().changes()).contains(entry("status", new Change("IN_PROCEDURE", "ADOPTED")));
    }

    @Test
    void an_adoption_dated_before_the_meeting_is_refused_on_adopted_on() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1").discussed());
        reviewSays(ReviewOutcome.APPROVED);

        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.decisionRegister.adopt(mayor, JINHE, "decision-1", 4, LocalDate.of(2025, 6, 9)));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("adoptedOn");
    }

    @Test
    void the_procedure_shows_each_step_done_or_not_in_order() {
        // given
        MajorDecision decision = MajorDecisionBuilder.aDecisionInProcedure().withPublicParticipation().build();
        world.gate.says(JINHE, SubjectType.MAJOR_DECISION, decision.id(), ReviewOutcome.APPROVED);

        // when
        var progress = decision.progress(world.gate.latest(JINHE, SubjectType.MAJOR_DECISION, decision.id()));

        // then
        assertThat(progress).containsExactly(
                new StepProgress(ProcedureStep.PUBLIC_PARTICIPATION, true, LocalDate.of(2025, 4, 30)),
                new StepProgress(ProcedureStep.EXPERT_ARGUMENT, false, null),
                new StepProgress(ProcedureStep.RISK_ASSESSMENT, false, null),
                new StepProgress(ProcedureStep.LEGALITY_REVIEW, true, LocalDate.of(2025, 1, 20)),
                new StepProgress(ProcedureStep.COLLECTIVE_DISCUSSION, false, null));
    }
}
