package fazhi.enforcement.cases;

import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Decide;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.RequestLegalReview;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.SubjectType;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.EnforcementCaseFixture;
import fazhi.testing.RecordingReviewSubmissions.Submitted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.fine;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** ENF-07: a major decision (flagged major/complex, or after a hearing) needs a passed legal review first. */
class Enf07LegalReviewTest {

    private static final LocalDate NOTIFIED = LocalDate.of(2025, 6, 2);
    private static final LocalDate DECIDED = LocalDate.of(2025, 6, 20);

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    @ParameterizedTest
    @EnumSource(value = ReviewOutcome.class, names = {"NONE", "PENDING", "REJECTED"})
    void a_major_case_is_not_decided_without_a_passed_review(ReviewOutcome outcome) {
        // given
        world.given(aCase().withId("case-1").major().atVersion(3).notifiedOfFine(NOTIFIED, "5000.00"));
        world.gate.says(JINHE, SubjectType.ENFORCEMENT_DECISION, "case-1", outcome);

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                3, new Decide(DECIDED, fine("5000.00"), false)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-07");
        assertThat(refusal.legalBasis()).isEqualTo(Rule.ENF_07.legalBasis());
        assertThat(refusal.arguments()).containsExactly(outcome.name());
    }

    @ParameterizedTest
    @EnumSource(value = ReviewOutcome.class, names = {"APPROVED", "APPROVED_WITH_CHANGES"})
    void a_major_case_with_a_passed_review_is_decided(ReviewOutcome outcome) {
        // given
        world.given(aCase().withId("case-1").major().atVersion(3).notifiedOfFine(NOTIFIED, "5000.00"));
        world.gate.says(JINHE, SubjectType.ENFORCEMENT_DECISION, "case-1", outcome);

        // when
        CaseOverview decided = world.service.decide(world.officer, JINHE, "case-1", 3,
                new Decide(DECIDED, fine("5000.00"), false));

        // then
        assertThat(decided.enforcementCase().status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(world.gate.questions()).contains("jinhe/ENFORCEMENT_DECISION/case-1");
    }

    @Test
    void a_held_hearing_makes_the_decision_major() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).notifiedOn(NOTIFIED, fine("20000.00"), true)
                .hearingRequestedOn(NOTIFIED.plusDays(1)).hearingHeldOn(NOTIFIED.plusDays(8)));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                3, new Decide(DECIDED, fine("20000.00"), false)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-07");
    }

    @Test
    void a_case_neither_major_nor_heard_needs_no_review() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).notifiedOfFine(NOTIFIED, "5000.00"));

        // when
        CaseOverview decided = world.service.decide(world.officer, JINHE, "case-1", 3,
                new Decide(DECIDED, fine("5000.00"), false));

        // then
        assertThat(decided.enforcementCase().status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.legalReview().required()).isFalse();
    }

    @Test
    void requesting_a_legal_review_submits_the_case_to_the_reviewer() {
        // given
        world.given(aCase().withId("case-1").major().atVersion(3).notifiedOfFine(NOTIFIED, "5000.00"));

        // when
        CaseOverview requested = world.service.requestLegalReview(world.officer, JINHE, "case-1", 3,
                new RequestLegalReview("sun.reviewer", "案情复杂，拟罚款5000元，请法制审核"));

        // then
        Submitted submitted = world.reviews.submitted().get(0);
        assertThat(submitted.township()).isEqualTo(JINHE);
        assertThat(submitted.actor()).isEqualTo(world.officer);
        assertThat(submitted.submission().subjectType()).isEqualTo(SubjectType.ENFORCEMENT_DECISION);
        assertThat(submitted.submission().subjectRef()).isEqualTo("case-1");
        assertThat(submitted.submission().subjectTitle()).isEqualTo("锦和执立〔2025〕第1号 重大执法决定法制审核");
        assertThat(submitted.submission().reviewer()).isEqualTo("sun.reviewer");
        assertThat(requested.legalReview().reviewer()).isEqualTo("sun.reviewer");
        assertThat(requested.legalReview().requestedOn()).isEqualTo(EnforcementCaseFixture.TODAY);
        assertThat(requested.legalReview().required()).isTrue();
        assertThat(world.auditLog.last().action()).isEqualTo("enforcement-case.legal-review-requested");
    }

    @Test
    void a_refusal_of_the_review_area_leaves_the_case_unchanged() {
        // given
        world.given(aCase().withId("case-1").major().atVersion(3));
        world.reviews.refuseWith(new RuleViolation(Rule.LR_05, "review.lr05.alreadySubmitted"));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.requestLegalReview(world.officer,
                JINHE, "case-1", 3, new RequestLegalReview(null, "请审核")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-05");
        assertThat(world.cases.saves()).isEmpty();
    }

    @Test
    void a_review_is_requested_with_a_summary() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> new RequestLegalReview("sun.reviewer", " "));

        // then
        assertThat(refusal.violations()).extracting(v -> v.field()).containsExactly("summary");
    }

    @Test
    void the_overview_shows_the_review_outcome_from_the_gate() {
        // given
        world.given(aCase().withId("case-1").major().atVersion(3).legalReviewRequested("review-9", NOTIFIED));
        world.gate.says(JINHE, SubjectType.ENFORCEMENT_DECISION, "case-1", ReviewOutcome.APPROVED);

        // when
        CaseOverview overview = world.service.get(world.officer, JINHE, "case-1");

        // then
        assertThat(overview.legalReview().reviewId()).isEqualTo("review-9");
        assertThat(overview.legalReview().status()).isEqualTo(ReviewOutcome.APPROVED);
    }
}
