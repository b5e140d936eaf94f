package fazhi.review.service;

import fazhi.review.model.DocumentIssue;
import fazhi.review.model.DocumentStatus;
import fazhi.review.model.NormativeDocument;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.SubjectType;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Role;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.GovernanceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.NormativeDocumentBuilder.aDocumentInReview;
import static fazhi.testing.NormativeDocumentBuilder.aDraft;
import static fazhi.testing.NormativeDocumentBuilder.anIssuedDocument;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** LR-01: a normative document needs a passed legality review before it is issued (国办发〔2018〕115号). */
class Lr01IssueNeedsPassedReviewTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2025, 4, 1);
    private static final DocumentIssue ISSUE = new DocumentIssue("锦政发〔2025〕7号", APRIL_1, APRIL_1, null);

    private final GovernanceFixture world = new GovernanceFixture();
    private final Actor mayor = a(Role.LEADER).named("zhao.mayor").of(JINHE).build();

    @ParameterizedTest
    @EnumSource(value = ReviewOutcome.class, names = {"APPROVED", "APPROVED_WITH_CHANGES"})
    void a_document_whose_review_passed_is_issued(ReviewOutcome outcome) {
        // given
        world.given(aDocumentInReview().withId("document-1").atVersion(2));
        world.gate.says(JINHE, SubjectType.NORMATIVE_DOCUMENT, "document-1", outcome);

        // when
        NormativeDocument issued = world.documentRegister.issue(mayor, JINHE, "document-1", 2, ISSUE);

        // then
        assertThat(issued.status()).isEqualTo(DocumentStatus.EFFECTIVE);
        assertThat(issued.number()).isEqualTo("锦政发〔2025〕7号");
        assertThat(issued.issuedOn()).isEqualTo(APRIL_1);
        assertThat(issued.effectiveOn()).isEqualTo(APRIL_1);
    }

    @Test
    void the_gate_is_asked_about_this_document_as_a_normative_document() {
        // given
        world.given(aDocumentInReview().withId("document-1").atVersion(2));
        world.gate.says(JINHE, SubjectType.NORMATIVE_DOCUMENT, "document-1", ReviewOutcome.APPROVED);

        // when
        world.documentRegister.issue(mayor, JINHE, "document-1", 2, ISSUE);

        // then
        assertThat(world.gate.questions()).containsExactly("jinhe/NORMATIVE_DOCUMENT/document-1");
    }

    @ParameterizedTest
    @EnumSource(value = ReviewOutcome.class, names = {"NONE", "PENDING", "REJECTED"})
    void without_a_passed_review_issue_is_refused_with_lr01_and_nothing_is_saved(ReviewOutcome outcome) {
        // given
        world.given(aDocumentInReview().withId("document-1").atVersion(2));
        world.gate.says(JINHE, SubjectType.NORMATIVE_DOCUMENT, "document-1", outcome);

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> world.documentRegister.issue(mayor, JINHE, "document-1", 2, ISSUE));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-01");
        assertThat(refusal.legalBasis()).isEqualTo("国办发〔2018〕115号");
        assertThat(refusal.messageKey()).isEqualTo("document.lr01.notPassed." + outcome.name());
        assertThat(world.documents.saves()).isEmpty();
        assertThat(world.documents.stored("document-1").status()).isEqualTo(DocumentStatus.IN_REVIEW);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void an_issue_dated_before_the_reviews_opinion_is_refused_with_lr01() {
        // given: the review passed on 2025-01-20
        world.given(aDocumentInReview().withId("document-1").atVersion(2));
        world.gate.says(JINHE, SubjectType.NORMATIVE_DOCUMENT, "document-1", ReviewOutcome.APPROVED);
        LocalDate before = LocalDate.of(2025, 1, 17);

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.documentRegister.issue(mayor, JINHE,
                "document-1", 2, new DocumentIssue("锦政发〔2025〕1号", before, before, null)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-01");
        assertThat(refusal.messageKey()).isEqualTo("document.lr01.issuedBeforeReview");
        assertThat(refusal.arguments()).containsExactly("2025-01-17", "2025-01-20");
        assertThat(world.documents.saves()).isEmpty();
    }

    @Test
    void a_passed_review_of_another_townships_document_of_the_same_id_does_not_count() {
        // given
        world.given(aDocumentInReview().withId("document-1").atVersion(2));
        world.gate.says(GAOCUN, SubjectType.NORMATIVE_DOCUMENT, "document-1", ReviewOutcome.APPROVED);

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> world.documentRegister.issue(mayor, JINHE, "document-1", 2, ISSUE));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-01");
    }

    @Test
    void a_draft_never_submitted_cannot_be_issued_whatever_the_gate_says() {
        // given
        world.given(aDraft().withId("document-1").atVersion(2));
        world.gate.says(JINHE, SubjectType.NORMATIVE_DOCUMENT, "document-1", ReviewOutcome.APPROVED);

        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.documentRegister.issue(mayor, JINHE, "document-1", 2, ISSUE));

        // then
        assertThat(refusal.violations().get(0).messageKey()).isEqualTo("document.status.transition");
        assertThat(world.documents.saves()).isEmpty();
    }

    @Test
    void the_issue_is_audited_with_number_dates_and_status() {
        // given
        world.given(aDocumentInReview().withId("document-1").atVersion(2));
        world.gate.says(JINHE, SubjectType.NORMATIVE_DOCUMENT, "document-1", ReviewOutcome.APPROVED);

        // when
        world.documentRegister.issue(mayor, JINHE, "document-1", 2, ISSUE);

        // then
        var entry = world.auditLog.last();
        assertThat(entry.action()).isEqualTo("normative-document.issued");
        assertThat(entry.actor()).isEqualTo("zhao.mayor");
        assertThat(entry.recordType()).isEqualTo("normative-document");
        assertThat(entry.changes()).contains(
                entry("status", new Change("IN_REVIEW", "EFFECTIVE")),
                entry("number", new Change(null, "锦政发〔2025〕7号")),
                entry("validUntil", new Change(null, "2030-03-31")));
    }

    @Test
    void a_number_already_issued_in_the_township_is_refused_on_number() {
        // given
        world.given(anIssuedDocument().withId("document-0").numbered("锦政发〔2025〕7号"));
        world.given(aDocumentInReview().withId("document-1").atVersion(2));
        world.gate.says(JINHE, SubjectType.NORMATIVE_DOCUMENT, "document-1", ReviewOutcome.APPROVED);

        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.documentRegister.issue(mayor, JINHE, "document-1", 2, ISSUE));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("number");
        assertThat(world.documents.stored("document-1").status()).isEqualTo(DocumentStatus.IN_REVIEW);
    }

    @Test
    void the_same_number_in_another_township_is_free() {
        // given
        world.given(anIssuedDocument().withId("document-0").of(GAOCUN).numbered("锦政发〔2025〕7号"));
        world.given(aDocumentInReview().withId("document-1").atVersion(2));
        world.gate.says(JINHE, SubjectType.NORMATIVE_DOCUMENT, "document-1", ReviewOutcome.APPROVED);

        // when
        NormativeDocument issued = world.documentRegister.issue(mayor, JINHE, "document-1", 2, ISSUE);

        // then
        assertThat(issued.number()).isEqualTo("锦政发〔2025〕7号");
    }

    @Test
    void an_effective_date_before_the_issue_date_is_refused_on_effective_on() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> new DocumentIssue("锦政发〔2025〕7号", APRIL_1, APRIL_1.minusDays(1), null));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactly("effectiveOn");
    }
}
