package fazhi.review.service;

import fazhi.review.model.DocumentIssue;
import fazhi.review.model.DocumentStatus;
import fazhi.review.model.NormativeDocument;
import fazhi.review.model.Reevaluation;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.SubjectType;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Role;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.FixedClock;
import fazhi.testing.GovernanceFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.NormativeDocumentBuilder.aDocumentInReview;
import static fazhi.testing.NormativeDocumentBuilder.anIssuedDocument;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * LR-06: a normative document is valid at most five years, two when provisional (暂行/试行), is to be evaluated six
 * months before the end, and past the end it expires unless re-evaluated (国办发〔2018〕37号).
 */
class Lr06ValidityTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);

    private final GovernanceFixture world = new GovernanceFixture();
    private final Actor mayor = a(Role.LEADER).named("zhao.mayor").of(JINHE).build();
    private final Actor clerk = a(Role.STAFF).named("li.clerk").of(JINHE).build();

    private NormativeDocument issue(boolean provisional, LocalDate validUntil) {
        var document = aDocumentInReview().withId("document-1").atVersion(2);
        if (provisional) {
            document.titled("锦和镇人民政府合同管理办法(试行)");
        }
        world.given(document);
        world.gate.says(JINHE, SubjectType.NORMATIVE_DOCUMENT, "document-1", ReviewOutcome.APPROVED);
        return world.documentRegister.issue(mayor, JINHE, "document-1", 2,
                new DocumentIssue("锦政发〔2025〕3号", MARCH_1, MARCH_1, validUntil));
    }

    @Test
    void five_years_from_the_effective_date_are_accepted() {
        // when: from 2025-03-01, the fifth year's last day is 2030-02-28
        NormativeDocument issued = issue(false, LocalDate.of(2030, 2, 28));

        // then
        assertThat(issued.status()).isEqualTo(DocumentStatus.EFFECTIVE);
        assertThat(issued.validity().until()).isEqualTo(LocalDate.of(2030, 2, 28));
    }

    @Test
    void five_years_and_a_day_are_refused_with_lr06_and_nothing_is_saved() {
        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> issue(false, LocalDate.of(2030, 3, 1)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-06");
        assertThat(refusal.legalBasis()).isEqualTo("国办发〔2018〕37号");
        assertThat(refusal.messageKey()).isEqualTo("document.lr06.tooLong");
        assertThat(refusal.arguments()).containsExactly("2030-02-28");
        assertThat(world.documents.stored("document-1").status()).isEqualTo(DocumentStatus.IN_REVIEW);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void a_provisional_document_is_valid_two_years() {
        // when
        NormativeDocument issued = issue(true, LocalDate.of(2027, 2, 28));

        // then
        assertThat(issued.draft().provisional()).isTrue();
        assertThat(issued.validity().until()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void a_provisional_document_valid_two_years_and_a_day_is_refused_with_lr06() {
        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> issue(true, LocalDate.of(2027, 3, 1)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-06");
        assertThat(refusal.messageKey()).isEqualTo("document.lr06.provisionalTooLong");
        assertThat(refusal.arguments()).containsExactly("2027-02-28");
    }

    @Test
    void without_an_end_a_document_is_valid_the_longest_allowed() {
        // when
        NormativeDocument issued = issue(false, null);

        // then
        assertThat(issued.validity().from()).isEqualTo(MARCH_1);
        assertThat(issued.validity().until()).isEqualTo(LocalDate.of(2030, 2, 28));
    }

    @Test
    void without_an_end_a_provisional_document_is_valid_two_years() {
        // when
        NormativeDocument issued = issue(true, null);

        // then
        assertThat(issued.validity().until()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void an_end_before_the_effective_date_is_refused_on_valid_until() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> issue(false, LocalDate.of(2025, 2, 28)));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("validUntil");
    }

    @Test
    void the_evaluation_is_due_six_months_before_the_end() {
        // given
        NormativeDocument document = anIssuedDocument().validUntil(LocalDate.of(2030, 2, 28)).build();

        // then
        assertThat(document.evaluationDueOn()).isEqualTo(LocalDate.of(2029, 8, 28));
        assertThat(document.isEvaluationDueOn(LocalDate.of(2029, 8, 27))).isFalse();
        assertThat(document.isEvaluationDueOn(LocalDate.of(2029, 8, 28))).isTrue();
        assertThat(document.isEvaluationDueOn(LocalDate.of(2030, 2, 28))).isTrue();
    }

    @Test
    void an_expired_document_is_no_longer_due_for_evaluation() {
        // given
        NormativeDocument document = anIssuedDocument().validUntil(LocalDate.of(2030, 2, 28)).build();

        // then
        assertThat(document.isEvaluationDueOn(LocalDate.of(2030, 3, 1))).isFalse();
    }

    @Test
    void past_its_last_day_a_document_counts_as_expired_before_the_expiry_is_recorded() {
        // given
        NormativeDocument document = anIssuedDocument().validUntil(LocalDate.of(2030, 2, 28)).build();

        // then
        assertThat(document.statusOn(LocalDate.of(2030, 2, 28))).isEqualTo(DocumentStatus.EFFECTIVE);
        assertThat(document.statusOn(LocalDate.of(2030, 3, 1))).isEqualTo(DocumentStatus.EXPIRED);
        assertThat(document.isExpiredOn(LocalDate.of(2030, 3, 1))).isTrue();
        assertThat(document.status()).isEqualTo(DocumentStatus.EFFECTIVE);
    }

    @Test
    void the_expiry_is_recorded_once_the_validity_has_ended_and_audited() {
        // given
        world.given(anIssuedDocument().withId("document-1").atVersion(2).validUntil(LocalDate.of(2030, 2, 28)));
        world.clock.set(FixedClock.on(LocalDate.of(2030, 3, 2)).now());

        // when
        NormativeDocument expired = world.documentRegister.expire(clerk, JINHE, "document-1", 2);

        // then
        assertThat(expired.status()).isEqualTo(DocumentStatus.EXPIRED);
        assertThat(expired.expiredOn()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(world.auditLog.last().action()).isEqualTo("normative-document.expired");
        assertThat(world.auditLog.last().changes()).contains(entry("status", new Change("EFFECTIVE", "EXPIRED")));
    }

    @Test
    void an_expiry_before_the_end_is_refused() {
        // given: today is 2025-06-30
        world.given(anIssuedDocument().withId("document-1").atVersion(2));

        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.documentRegister.expire(clerk, JINHE, "document-1", 2));

        // then
        assertThat(refusal.violations().get(0).messageKey()).isEqualTo("document.expire.notLapsed");
        assertThat(world.documents.saves()).isEmpty();
    }

    @Test
    void a_reevaluation_before_the_end_gives_a_new_validity_counted_from_the_evaluation() {
        // given
        world.given(anIssuedDocument().withId("document-1").atVersion(2).validUntil(LocalDate.of(2030, 2, 28)));
        world.clock.set(FixedClock.on(LocalDate.of(2029, 10, 9)).now());

        // when
        NormativeDocument renewed = world.documentRegister.reevaluate(clerk, JINHE, "document-1", 2,
                LocalDate.of(2029, 10, 8), null, "经评估，继续施行");

        // then
        assertThat(renewed.validity().from()).isEqualTo(LocalDate.of(2029, 10, 8));
        assertThat(renewed.validity().until()).isEqualTo(LocalDate.of(2034, 10, 7));
        assertThat(renewed.reevaluations()).containsExactly(new Reevaluation(LocalDate.of(2029, 10, 8), "li.clerk",
                "经评估，继续施行", LocalDate.of(2030, 2, 28), LocalDate.of(2034, 10, 7)));
        assertThat(world.auditLog.last().action()).isEqualTo("normative-document.reevaluated");
        assertThat(world.auditLog.last().changes())
                .contains(entry("validUntil", new Change("2030-02-28", "2034-10-07")));
    }

    @Test
    void a_reevaluation_setting_more_than_five_years_is_refused_with_lr06() {
        // given
        world.given(anIssuedDocument().withId("document-1").atVersion(2));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.documentRegister.reevaluate(clerk, JINHE,
                "document-1", 2, LocalDate.of(2025, 6, 30), LocalDate.of(2030, 6, 30), "继续施行"));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-06");
        assertThat(refusal.arguments()).containsExactly("2030-06-29");
        assertThat(world.documents.saves()).isEmpty();
    }

    @Test
    void a_provisional_document_reevaluated_is_valid_at_most_two_more_years() {
        // given
        world.given(anIssuedDocument().withId("document-1").atVersion(2).titled("锦和镇村级财务管理暂行办法")
                .validUntil(LocalDate.of(2027, 2, 28)));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.documentRegister.reevaluate(clerk, JINHE,
                "document-1", 2, LocalDate.of(2025, 6, 30), LocalDate.of(2027, 6, 30), "继续试行"));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-06");
        assertThat(refusal.messageKey()).isEqualTo("document.lr06.provisionalTooLong");
    }

    @Test
    void past_its_end_a_document_can_no_longer_be_reevaluated() {
        // given
        world.given(anIssuedDocument().withId("document-1").atVersion(2).validUntil(LocalDate.of(2025, 6, 29)));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.documentRegister.reevaluate(clerk, JINHE,
                "document-1", 2, LocalDate.of(2025, 6, 30), null, "继续施行"));

        // then
        assertThat(refusal.ruleId()).isEqualTo("LR-06");
        assertThat(refusal.messageKey()).isEqualTo("document.lr06.lapsed");
        assertThat(world.documents.saves()).isEmpty();
    }

    @Test
    void a_reevaluation_dated_in_the_future_is_refused_on_evaluated_on() {
        // given
        world.given(anIssuedDocument().withId("document-1").atVersion(2));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.documentRegister.reevaluate(clerk, JINHE,
                "document-1", 2, LocalDate.of(2025, 7, 1), null, "继续施行"));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactly("evaluatedOn");
    }
}
