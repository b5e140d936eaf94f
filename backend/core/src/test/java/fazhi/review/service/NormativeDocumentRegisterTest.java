package fazhi.review.service;

import fazhi.review.model.DocumentDraft;
import fazhi.review.model.DocumentStatus;
import fazhi.review.model.NormativeDocument;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.NormativeDocumentQuery;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;
import fazhi.shared.model.TownshipCode;
import fazhi.testing.GovernanceFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.NormativeDocumentBuilder.aDocumentInReview;
import static fazhi.testing.NormativeDocumentBuilder.aDraft;
import static fazhi.testing.NormativeDocumentBuilder.anIssuedDocument;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class NormativeDocumentRegisterTest {

    private final GovernanceFixture world = new GovernanceFixture();
    private final Actor clerk = a(Role.STAFF).named("li.clerk").of(JINHE).build();
    private final Actor mayor = a(Role.LEADER).named("zhao.mayor").of(JINHE).build();
    private final PageRequest firstPage = PageRequest.of(0, 20, null, NormativeDocumentQuery.PUBLIC_SORTABLE,
            NormativeDocumentQuery.PUBLIC_DEFAULT_SORT);

    @Test
    void a_clerk_drafts_a_document_and_it_is_audited() {
        // when
        NormativeDocument draft = world.documentRegister.draft(clerk, JINHE,
                new DocumentDraft("  锦和镇人民政府合同管理办法(试行) ", "锦和镇人民政府", false));

        // then
        assertThat(draft.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(draft.draft().title()).isEqualTo("锦和镇人民政府合同管理办法(试行)");
        assertThat(draft.draft().provisional()).isTrue();
        assertThat(draft.version()).isZero();
        assertThat(world.auditLog.last().action()).isEqualTo("normative-document.drafted");
        assertThat(world.auditLog.last().changes()).contains(entry("status", new Change(null, "DRAFT")));
    }

    @Test
    void a_draft_without_title_or_issuer_is_refused_on_both_fields() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> new DocumentDraft(" ", null, false));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactly("title", "issuer");
    }

    @Test
    void submitting_for_review_hands_the_document_to_the_legality_review() {
        // given
        world.given(aDraft().withId("document-1").atVersion(2));

        // when
        NormativeDocument submitted = world.documentRegister.submitForReview(clerk, JINHE, "document-1", 2,
                List.of("送审稿", "起草说明"), "wang.reviewer");

        // then
        assertThat(submitted.status()).isEqualTo(DocumentStatus.IN_REVIEW);
        assertThat(submitted.reviewSubmittedOn()).isEqualTo(GovernanceFixture.TODAY);
        var submission = world.reviews.submitted().get(0);
        assertThat(submission.actor()).isEqualTo(clerk);
        assertThat(submission.township()).isEqualTo(JINHE);
        assertThat(submission.submission().subjectType()).isEqualTo(SubjectType.NORMATIVE_DOCUMENT);
        assertThat(submission.submission().subjectRef()).isEqualTo("document-1");
        assertThat(submission.submission().subjectTitle()).isEqualTo("锦和镇人民政府重大行政决策合法性审查工作制度");
        assertThat(submission.submission().materials()).containsExactly("送审稿", "起草说明");
        assertThat(submission.submission().reviewer()).isEqualTo("wang.reviewer");
        assertThat(world.auditLog.last().action()).isEqualTo("normative-document.submitted-for-review");
    }

    @Test
    void a_refused_submission_leaves_the_document_a_draft() {
        // given
        world.given(aDraft().withId("document-1").atVersion(2));
        world.reviews.refuseWith(new RuleViolation(Rule.LR_05, "review.lr05.alreadySubmitted"));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.documentRegister.submitForReview(clerk,
                JINHE, "document-1", 2, List.of("送审稿"), null));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-05");
        assertThat(world.documents.stored("document-1").status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void a_document_in_review_is_not_submitted_again() {
        // given
        world.given(aDocumentInReview().withId("document-1").atVersion(2));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.documentRegister.submitForReview(clerk,
                JINHE, "document-1", 2, List.of("送审稿"), null));

        // then
        assertThat(refusal.violations().get(0).messageKey()).isEqualTo("document.status.transition");
        assertThat(world.reviews.submitted()).isEmpty();
    }

    @Test
    void a_document_in_review_may_still_be_revised() {
        // given
        world.given(aDocumentInReview().withId("document-1").atVersion(2));

        // when
        NormativeDocument revised = world.documentRegister.revise(clerk, JINHE, "document-1", 2,
                new DocumentDraft("锦和镇人民政府重大行政决策合法性审查工作制度（修订稿）", "锦和镇人民政府", false));

        // then
        assertThat(revised.draft().title()).endsWith("（修订稿）");
        assertThat(revised.version()).isEqualTo(3);
    }

    @Test
    void an_issued_document_is_no_longer_edited() {
        // given
        world.given(anIssuedDocument().withId("document-1").atVersion(2));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.documentRegister.revise(clerk, JINHE,
                "document-1", 2, new DocumentDraft("新标题", "锦和镇人民政府", false)));

        // then
        assertThat(refusal.violations().get(0).messageKey()).isEqualTo("document.notEditable");
    }

    @Test
    void a_document_is_amended_by_another_document_of_the_register() {
        // given
        world.given(anIssuedDocument().withId("document-1").atVersion(2));
        world.given(aDraft().withId("document-2"));

        // when
        NormativeDocument amended = world.documentRegister.amend(clerk, JINHE, "document-1", 2, "document-2", null);

        // then
        assertThat(amended.status()).isEqualTo(DocumentStatus.AMENDED);
        assertThat(amended.amendedBy()).isEqualTo("document-2");
    }

    @Test
    void an_amendment_naming_no_document_of_the_register_is_refused_on_amended_by() {
        // given
        world.given(anIssuedDocument().withId("document-1").atVersion(2));

        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.documentRegister.amend(clerk, JINHE, "document-1", 2, "nowhere", null));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("amendedBy");
        assertThat(world.documents.stored("document-1").status()).isEqualTo(DocumentStatus.EFFECTIVE);
    }

    @Test
    void an_amendment_needs_the_amending_document_or_a_note() {
        // given
        world.given(anIssuedDocument().withId("document-1").atVersion(2));

        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.documentRegister.amend(clerk, JINHE, "document-1", 2, " ", null));

        // then
        assertThat(refusal.violations().get(0).messageKey()).isEqualTo("document.amend.referenceRequired");
    }

    @Test
    void a_leader_repeals_a_document_in_force_with_the_reason() {
        // given
        world.given(anIssuedDocument().withId("document-1").atVersion(2));

        // when
        NormativeDocument repealed = world.documentRegister.repeal(mayor, JINHE, "document-1", 2,
                LocalDate.of(2025, 6, 30), "上位法已修改");

        // then
        assertThat(repealed.status()).isEqualTo(DocumentStatus.REPEALED);
        assertThat(repealed.repealReason()).isEqualTo("上位法已修改");
        assertThat(world.auditLog.last().changes()).contains(entry("repealReason", new Change(null, "上位法已修改")));
    }

    @Test
    void a_repeal_needs_a_reason() {
        // given
        world.given(anIssuedDocument().withId("document-1").atVersion(2));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.documentRegister.repeal(mayor, JINHE,
                "document-1", 2, LocalDate.of(2025, 6, 30), " "));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("reason");
    }

    @Test
    void an_expired_document_is_not_repealed() {
        // given
        world.given(anIssuedDocument().withId("document-1").atVersion(2).validUntil(LocalDate.of(2025, 6, 1)));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.documentRegister.repeal(mayor, JINHE,
                "document-1", 2, LocalDate.of(2025, 6, 30), "清理"));

        // then
        assertThat(refusal.violations().get(0).arguments())
                .containsExactly(DocumentStatus.EXPIRED, DocumentStatus.REPEALED);
    }

    @Test
    void the_public_list_shows_only_the_documents_in_force_today() {
        // given
        world.given(anIssuedDocument().withId("in-force"));
        world.given(anIssuedDocument().withId("lapsed").numbered("锦政发〔2019〕1号")
                .validUntil(LocalDate.of(2025, 6, 29)));
        world.given(aDraft().withId("draft"));

        // when
        var page = world.documentRegister.inForce(JINHE, firstPage);

        // then
        assertThat(page.items()).extracting(NormativeDocument::id).containsExactly("in-force");
    }

    @Test
    void the_public_list_of_an_unknown_township_is_not_found() {
        // when
        RecordNotFound refusal = thrown(RecordNotFound.class,
                () -> world.documentRegister.inForce(TownshipCode.of("nowhere"), firstPage));

        // then
        assertThat(refusal.recordType()).isEqualTo("township");
    }
}
