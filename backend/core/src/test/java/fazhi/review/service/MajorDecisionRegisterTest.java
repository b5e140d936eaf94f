package fazhi.review.service;

import fazhi.review.model.DecisionDetails;
import fazhi.review.model.DecisionStatus;
import fazhi.review.model.ExpertArgument;
import fazhi.review.model.MajorDecision;
import fazhi.review.model.PublicParticipation;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.MajorDecisionQuery;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Role;
import fazhi.testing.GovernanceFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.MajorDecisionBuilder.COMMENTS;
import static fazhi.testing.MajorDecisionBuilder.aDecisionInProcedure;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class MajorDecisionRegisterTest {

    private final GovernanceFixture world = new GovernanceFixture();
    private final Actor clerk = a(Role.STAFF).named("li.clerk").of(JINHE).build();

    @Test
    void a_clerk_puts_a_decision_in_the_years_catalogue() {
        // when
        MajorDecision decision = world.decisionRegister.propose(clerk, JINHE, new DecisionDetails(2025, 2,
                "锦和镇集镇污水管网建设项目", "新建污水管网3.2公里", "锦和镇规划建设办公室"));

        // then
        assertThat(decision.status()).isEqualTo(DecisionStatus.IN_PROCEDURE);
        assertThat(decision.details().catalogued()).isTrue();
        assertThat(world.auditLog.last().action()).isEqualTo("major-decision.proposed");
        assertThat(world.auditLog.last().changes()).contains(entry("catalogueNumber", new Change(null, "2")));
    }

    @Test
    void a_catalogue_number_is_unique_in_the_townships_year() {
        // given: decision-1 is No. 1 of 2025
        world.given(aDecisionInProcedure().withId("decision-1"));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.decisionRegister.propose(clerk, JINHE,
                new DecisionDetails(2025, 1, "另一项决策", null, "党政办")));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactly("catalogueNumber");
    }

    @Test
    void the_same_catalogue_number_of_another_year_is_free() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1"));

        // when
        MajorDecision decision = world.decisionRegister.propose(clerk, JINHE,
                new DecisionDetails(2026, 1, "另一项决策", null, "党政办"));

        // then
        assertThat(decision.details().catalogueNumber()).isEqualTo(1);
    }

    @Test
    void a_year_out_of_range_and_a_missing_title_are_refused_together() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> new DecisionDetails(1999, 0, " ", null, "党政办"));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactly("year", "catalogueNumber", "title");
    }

    @Test
    void a_step_is_recorded_and_audited() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1"));

        // when
        MajorDecision decision = world.decisionRegister.recordPublicParticipation(clerk, JINHE, "decision-1", 4,
                COMMENTS);

        // then
        assertThat(decision.publicParticipation()).isEqualTo(COMMENTS);
        assertThat(world.auditLog.last().action()).isEqualTo("major-decision.public-participation-recorded");
    }

    @Test
    void a_comment_period_ending_before_it_starts_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> new PublicParticipation(LocalDate.of(2025, 4, 30),
                LocalDate.of(2025, 4, 1), "无"));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactly("commentsUntil");
    }

    @Test
    void an_expert_argument_names_at_least_one_expert() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> new ExpertArgument(LocalDate.of(2025, 5, 10), List.of(), "可行"));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("experts");
    }

    @Test
    void submitting_for_review_hands_the_decision_to_the_legality_review() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1").withPublicParticipation());

        // when
        MajorDecision decision = world.decisionRegister.submitForReview(clerk, JINHE, "decision-1", 4,
                List.of("决策草案", "风险评估报告"), null);

        // then
        assertThat(decision.reviewSubmittedOn()).isEqualTo(GovernanceFixture.TODAY);
        var submission = world.reviews.submitted().get(0).submission();
        assertThat(submission.subjectType()).isEqualTo(SubjectType.MAJOR_DECISION);
        assertThat(submission.subjectRef()).isEqualTo("decision-1");
        assertThat(submission.subjectTitle()).isEqualTo("锦和镇集镇农贸市场改造提质方案");
        assertThat(submission.materials()).containsExactly("决策草案", "风险评估报告");
    }

    @Test
    void an_adopted_decision_is_published() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1").adoptedOn(LocalDate.of(2025, 6, 12)));

        // when
        MajorDecision published = world.decisionRegister.publish(clerk, JINHE, "decision-1", 4,
                LocalDate.of(2025, 6, 15));

        // then
        assertThat(published.status()).isEqualTo(DecisionStatus.PUBLISHED);
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2025, 6, 15));
    }

    @Test
    void a_decision_in_procedure_is_not_published() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1"));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.decisionRegister.publish(clerk, JINHE,
                "decision-1", 4, LocalDate.of(2025, 6, 15)));

        // then
        assertThat(refusal.violations().get(0).messageKey()).isEqualTo("decision.status.transition");
    }

    @Test
    void an_adopted_decision_takes_no_more_steps() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1").adoptedOn(LocalDate.of(2025, 6, 12)));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.decisionRegister.recordPublicParticipation(
                clerk, JINHE, "decision-1", 4, COMMENTS));

        // then
        assertThat(refusal.violations().get(0).messageKey()).isEqualTo("decision.notInProcedure");
    }

    @Test
    void the_public_list_shows_only_published_decisions() {
        // given
        world.given(aDecisionInProcedure().withId("in-procedure"));
        MajorDecision adopted = world.given(aDecisionInProcedure().withId("published")
                .adoptedOn(LocalDate.of(2025, 6, 12)));
        world.decisionRegister.publish(clerk, JINHE, adopted.id(), 4, LocalDate.of(2025, 6, 15));

        // when
        var page = world.decisionRegister.published(JINHE, 2025, PageRequest.of(0, 20, null,
                MajorDecisionQuery.PUBLIC_SORTABLE, MajorDecisionQuery.PUBLIC_DEFAULT_SORT));

        // then
        assertThat(page.items()).extracting(MajorDecision::id).containsExactly("published");
    }
}
