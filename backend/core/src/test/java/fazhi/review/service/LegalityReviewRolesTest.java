package fazhi.review.service;

import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.ReviewQuery;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.testing.LegalityReviewFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.ReviewSubmissionBuilder.aSubmission;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

/** Who may do what with legality reviews, and SYS-04 for another township's. */
class LegalityReviewRolesTest {

    private final LegalityReviewFixture world = new LegalityReviewFixture();
    private final PageRequest firstPage = PageRequest.of(0, 20, null, ReviewQuery.SORTABLE, ReviewQuery.DEFAULT_SORT);

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STAFF", "OFFICER", "LEADER"})
    void staff_officers_and_leaders_submit(Role role) {
        // given
        Actor submitter = a(role).of(JINHE).build();

        // when
        LegalityReview review = world.service.submit(submitter, JINHE, aSubmission().build());

        // then
        assertThat(review.submittedBy()).isEqualTo(submitter.username());
        assertThat(world.auditLog.last().action()).isEqualTo("legalityReview.submitted");
        assertThat(world.auditLog.last().township()).isEqualTo(JINHE);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STAFF", "OFFICER", "LEADER"}, mode = EXCLUDE)
    void no_other_role_submits(Role role) {
        // given
        Actor other = a(role).of(JINHE).build();

        // when
        AccessDenied refusal = thrown(AccessDenied.class,
                () -> world.service.submit(other, JINHE, aSubmission().build()));

        // then
        assertThat(refusal.allowed()).containsExactlyInAnyOrder(Role.STAFF, Role.OFFICER, Role.LEADER);
        assertThat(world.reviews.saves()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"LEADER", "LEGAL_REVIEWER"}, mode = EXCLUDE)
    void only_leaders_and_legal_reviewers_assign(Role role) {
        // given
        LegalityReview review = world.service.submit(world.clerk, JINHE, aSubmission().build());
        Actor other = a(role).named("someone").of(JINHE).build();

        // when
        AccessDenied refusal = thrown(AccessDenied.class, () -> world.service.assign(other, JINHE, review.id(),
                review.version(), world.reviewer.username()));

        // then
        assertThat(refusal.allowed()).containsExactlyInAnyOrder(Role.LEADER, Role.LEGAL_REVIEWER);
    }

    @Test
    void a_leader_may_not_give_the_opinion_even_when_named_reviewer() {
        // given
        LegalityReview review = world.service.submit(world.clerk, JINHE,
                aSubmission().to(world.leader.username()).build());

        // when
        AccessDenied refusal = thrown(AccessDenied.class, () -> world.service.decide(world.leader, JINHE,
                review.id(), review.version(), new ReviewOpinion.Approved()));

        // then
        assertThat(refusal.allowed()).containsExactly(Role.LEGAL_REVIEWER);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_role_of_the_township_reads_its_reviews(Role role) {
        // given
        LegalityReview review = world.submitted(SubjectType.OTHER, "subject-1");
        Actor reader = a(role).of(JINHE).build();

        // when
        LegalityReview read = world.service.get(reader, JINHE, review.id());
        long listed = world.service.list(reader, JINHE, ReviewQuery.all(), firstPage).total();

        // then
        assertThat(read.id()).isEqualTo(review.id());
        assertThat(listed).isEqualTo(1);
    }

    @Test
    void a_user_of_another_township_finds_no_review() {
        // given
        LegalityReview review = world.submitted(SubjectType.OTHER, "subject-1");
        Actor gaocunReviewer = a(Role.LEGAL_REVIEWER).named(world.reviewer.username()).of(GAOCUN).build();

        // when
        RecordNotFound onRead = thrown(RecordNotFound.class,
                () -> world.service.get(gaocunReviewer, JINHE, review.id()));
        RecordNotFound onDecide = thrown(RecordNotFound.class, () -> world.service.decide(gaocunReviewer, JINHE,
                review.id(), review.version(), new ReviewOpinion.Approved()));
        RecordNotFound onList = thrown(RecordNotFound.class,
                () -> world.service.list(gaocunReviewer, JINHE, ReviewQuery.all(), firstPage));

        // then
        assertThat(onRead.recordType()).isEqualTo("township");
        assertThat(onDecide.recordType()).isEqualTo("township");
        assertThat(onList.recordType()).isEqualTo("township");
    }

    @Test
    void a_review_asked_for_under_another_township_is_not_found() {
        // given
        LegalityReview review = world.submitted(SubjectType.OTHER, "subject-1");
        Actor countyAuditor = a(Role.AUDITOR).ofAllTownships().build();

        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> world.service.get(countyAuditor, GAOCUN, review.id()));

        // then
        assertThat(refusal.recordType()).isEqualTo("legalityReview");
    }

    @Test
    void the_inbox_filter_me_is_the_callers_username() {
        // when
        world.service.list(world.reviewer, JINHE, new ReviewQuery(null, null, null, "me", null, null, null),
                firstPage);

        // then
        assertThat(world.reviews.lastSearch().query().reviewer()).isEqualTo("reviewer.wang");
        assertThat(world.reviews.lastSearch().today()).isEqualTo(LegalityReviewFixture.SUBMITTED);
    }

    @Test
    void resubmitting_is_for_submitters_and_leaders_only() {
        // given
        LegalityReview rejected = world.rejected(SubjectType.OTHER, "subject-1");

        // when
        AccessDenied refusal = thrown(AccessDenied.class, () -> world.service.resubmit(world.reviewer, JINHE,
                rejected.id(), rejected.version(), List.of("修改稿")));

        // then
        assertThat(refusal.allowed()).containsExactlyInAnyOrder(Role.STAFF, Role.OFFICER, Role.LEADER);
    }
}
