package fazhi.contract;

import fazhi.contract.model.ContractStatus;
import fazhi.contract.port.in.ContractOverview;
import fazhi.contract.port.in.ManagingContracts.Approve;
import fazhi.contract.port.in.ManagingContracts.Sign;
import fazhi.contract.port.in.ManagingContracts.SubmitForReview;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.ReviewStatus;
import fazhi.review.model.SubjectType;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.ContractFixture;
import fazhi.testing.RecordingReviewSubmissions.Submitted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static fazhi.testing.ContractBuilder.aContract;
import static fazhi.testing.ContractDetailsBuilder.contractDetails;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * LR-03: a major contract (CON-01) is approved and signed only after a passed legality review, asked through the
 * review area's gate; LR-05: a rejected review blocks it. A contract that is not major needs none, unless its
 * review was asked for.
 */
class Lr03ReviewBeforeSigningTest {

    private static final LocalDate SIGNED = LocalDate.of(2025, 6, 25);
    private static final Sign SIGN = new Sign(SIGNED, List.of("赵镇长", "王建兴"), "signed-file");

    private final ContractFixture world = new ContractFixture();

    @ParameterizedTest
    @EnumSource(value = ReviewOutcome.class, names = {"NONE", "PENDING"})
    void a_major_contract_is_not_signed_without_a_passed_review(ReviewOutcome outcome) {
        // given: approved while it was not yet major; the threshold has since come down to its amount
        world.given(aContract().with(contractDetails().worth("300000.00")).approved());
        world.settings("300000.00", 30);
        world.gate.says(JINHE, SubjectType.CONTRACT, "contract-1", outcome);

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> world.service.sign(world.staff, JINHE, "contract-1", 3, SIGN));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-03");
        assertThat(refusal.legalBasis()).isEqualTo(Rule.LR_03.legalBasis());
        assertThat(refusal.messageKey()).isEqualTo("contract.lr03.major." + outcome.name());
        assertThat(world.contracts.stored("contract-1").status()).isEqualTo(ContractStatus.APPROVED);
        assertThat(world.gate.questions()).contains("jinhe/CONTRACT/contract-1");
    }

    @ParameterizedTest
    @EnumSource(value = ReviewOutcome.class, names = {"APPROVED", "APPROVED_WITH_CHANGES"})
    void a_major_contract_with_a_passed_review_is_signed(ReviewOutcome outcome) {
        // given
        world.given(aContract().with(contractDetails().worth("600000.00")).inReview().approved());
        world.gate.says(JINHE, SubjectType.CONTRACT, "contract-1", outcome);

        // when
        ContractOverview signed = world.service.sign(world.staff, JINHE, "contract-1", 3, SIGN);

        // then
        assertThat(signed.contract().status()).isEqualTo(ContractStatus.PERFORMING);
        assertThat(signed.contract().signing().signedOn()).isEqualTo(SIGNED);
        assertThat(signed.contract().signing().signatories()).containsExactly("赵镇长", "王建兴");
        assertThat(signed.versions()).hasSize(1);
        assertThat(signed.versions().get(0).version().terms().amount()).isEqualTo(
                signed.contract().details().amount());
        assertThat(world.auditLog.last().action()).isEqualTo("contract.signed");
    }

    @Test
    void a_rejected_review_blocks_the_signing() {
        // given
        world.given(aContract().with(contractDetails().worth("600000.00")).inReview().approved());
        world.gate.says(JINHE, SubjectType.CONTRACT, "contract-1", ReviewOutcome.REJECTED);

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> world.service.sign(world.staff, JINHE, "contract-1", 3, SIGN));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-05");
        assertThat(refusal.arguments()).containsExactly("review-contract-1", 1);
    }

    @Test
    void a_major_draft_is_not_approved_before_its_review_passed() {
        // given
        world.given(aContract().with(contractDetails().worth("600000.00")));

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> world.service.approve(world.leader, JINHE, "contract-1", 3, new Approve(null, "同意")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-03");
        assertThat(refusal.messageKey()).isEqualTo("contract.lr03.major.NONE");
        assertThat(refusal.arguments()).containsExactly("500,000.00");
    }

    @Test
    void a_rejected_review_blocks_the_approval() {
        // given
        world.given(aContract().with(contractDetails().worth("600000.00")).inReview());
        world.gate.says(JINHE, SubjectType.CONTRACT, "contract-1", ReviewOutcome.REJECTED);

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> world.service.approve(world.leader, JINHE, "contract-1", 3, new Approve(null, null)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-05");
    }

    @Test
    void submitting_for_review_hands_the_contract_to_the_review_area() {
        // given
        world.given(aContract().with(contractDetails().worth("600000.00")));

        // when
        ContractOverview submitted = world.service.submitForReview(world.staff, JINHE, "contract-1", 3,
                new SubmitForReview(List.of("合同文本（送审稿）", "中标通知书"), "sun.reviewer"));

        // then
        Submitted handed = world.reviews.submitted().get(0);
        assertThat(handed.submission().subjectType()).isEqualTo(SubjectType.CONTRACT);
        assertThat(handed.submission().subjectRef()).isEqualTo("contract-1");
        assertThat(handed.submission().subjectTitle()).isEqualTo("锦和合〔2025〕第1号 锦和镇和平村道路硬化工程施工合同");
        assertThat(handed.submission().materials()).containsExactly("合同文本（送审稿）", "中标通知书");
        assertThat(handed.submission().reviewer()).isEqualTo("sun.reviewer");
        assertThat(submitted.contract().status()).isEqualTo(ContractStatus.IN_REVIEW);
        assertThat(submitted.contract().reviewSubmittedOn()).isEqualTo(ContractFixture.TODAY);
        assertThat(world.auditLog.last().action()).isEqualTo("contract.submitted-for-review");
    }

    @Test
    void the_whole_way_a_major_contract_goes_review_approval_signing() {
        // given
        world.given(aContract().with(contractDetails().worth("600000.00")));
        world.service.submitForReview(world.staff, JINHE, "contract-1", 3, new SubmitForReview(
                List.of("合同文本（送审稿）"), null));
        world.gate.says(JINHE, SubjectType.CONTRACT, "contract-1", new ReviewStatus("review-1", 1,
                ReviewOutcome.APPROVED, LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 24)));

        // when
        world.service.approve(world.leader, JINHE, "contract-1", 4, new Approve(LocalDate.of(2025, 6, 24), null));
        ContractOverview signed = world.service.sign(world.staff, JINHE, "contract-1", 5, SIGN);

        // then
        assertThat(signed.contract().status()).isEqualTo(ContractStatus.PERFORMING);
        assertThat(signed.review().passed()).isTrue();
        assertThat(signed.review().reviewId()).isEqualTo("review-1");
    }

    @Test
    void the_signing_is_not_dated_before_the_reviews_opinion() {
        // given
        world.given(aContract().with(contractDetails().worth("600000.00")).inReview().approved());
        world.gate.says(JINHE, SubjectType.CONTRACT, "contract-1", new ReviewStatus("review-1", 1,
                ReviewOutcome.APPROVED, LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 27)));

        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.service.sign(world.staff, JINHE, "contract-1", 3, SIGN));

        // then
        assertThat(refusal.violations().get(0).field()).isEqualTo("signedOn");
        assertThat(refusal.violations().get(0).messageKey()).isEqualTo("contract.date.beforeReview");
    }

    @Test
    void a_contract_that_is_not_major_is_approved_and_signed_without_review() {
        // given
        world.given(aContract().with(contractDetails().worth("499999.99")));

        // when
        world.service.approve(world.leader, JINHE, "contract-1", 3, new Approve(null, null));
        ContractOverview signed = world.service.sign(world.staff, JINHE, "contract-1", 4,
                new Sign(null, List.of("赵镇长"), "signed-file"));

        // then
        assertThat(signed.contract().status()).isEqualTo(ContractStatus.PERFORMING);
        assertThat(signed.majority().major()).isFalse();
        assertThat(signed.review().outcome()).isEqualTo("NONE");
    }

    @Test
    void a_review_asked_for_a_contract_that_is_not_major_must_pass_too() {
        // given
        world.given(aContract().with(contractDetails().worth("100000.00")).inReview());
        world.gate.says(JINHE, SubjectType.CONTRACT, "contract-1", ReviewOutcome.PENDING);

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> world.service.approve(world.leader, JINHE, "contract-1", 3, new Approve(null, null)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-03");
        assertThat(refusal.messageKey()).isEqualTo("contract.lr03.asked.PENDING");
    }

    @Test
    void the_signed_text_is_one_of_the_contracts_files() {
        // given
        world.given(aContract().approved());

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.sign(world.staff, JINHE, "contract-1",
                3, new Sign(null, List.of("赵镇长"), "a-file-of-another-record")));

        // then
        assertThat(refusal.violations().get(0).field()).isEqualTo("signedFileId");
    }
}
