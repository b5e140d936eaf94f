package fazhi.review.service;

import fazhi.review.model.AdviserDetails;
import fazhi.review.model.DecisionDetails;
import fazhi.review.model.DocumentDraft;
import fazhi.review.model.DocumentIssue;
import fazhi.review.model.ReviewOutcome;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.LegalAdviserQuery;
import fazhi.review.port.in.MajorDecisionQuery;
import fazhi.review.port.in.NormativeDocumentQuery;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.testing.GovernanceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.MajorDecisionBuilder.aDecisionInProcedure;
import static fazhi.testing.NormativeDocumentBuilder.aDocumentInReview;
import static fazhi.testing.NormativeDocumentBuilder.anIssuedDocument;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

/** Who may do what in the documents, decisions and advisers registers; another township's records are not found. */
class GovernanceRolesTest {

    private static final DocumentDraft DRAFT = new DocumentDraft("锦和镇农村建房管理规定", "锦和镇人民政府", false);
    private static final DecisionDetails DECISION = new DecisionDetails(2025, null, "锦和镇垃圾分类实施方案", null,
            "锦和镇综合行政执法办公室");
    private static final AdviserDetails ADVISER = new AdviserDetails("向明远", "湖南芙蓉律师事务所",
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "项目投资、依法行政、行政诉讼");

    private final GovernanceFixture world = new GovernanceFixture();

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_township_role_reads_the_registers(Role role) {
        // given
        world.given(anIssuedDocument().withId("document-1"));
        world.given(aDecisionInProcedure().withId("decision-1"));
        Actor reader = a(role).of(JINHE).build();

        // then
        assertThat(world.documentRegister.get(reader, JINHE, "document-1").id()).isEqualTo("document-1");
        assertThat(world.documentRegister.list(reader, JINHE, NormativeDocumentQuery.all(), PageRequest.of(0, 20,
                null, NormativeDocumentQuery.SORTABLE, NormativeDocumentQuery.DEFAULT_SORT)).total()).isEqualTo(1);
        assertThat(world.decisionRegister.get(reader, JINHE, "decision-1").id()).isEqualTo("decision-1");
        assertThat(world.decisionRegister.list(reader, JINHE, MajorDecisionQuery.all(), PageRequest.of(0, 20, null,
                MajorDecisionQuery.SORTABLE, MajorDecisionQuery.DEFAULT_SORT)).total()).isEqualTo(1);
        assertThat(world.adviserRegister.list(reader, JINHE, LegalAdviserQuery.all(), PageRequest.of(0, 20, null,
                LegalAdviserQuery.SORTABLE, LegalAdviserQuery.DEFAULT_SORT)).total()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STAFF", "LEADER"})
    void clerks_and_leaders_keep_the_registers(Role role) {
        // given
        Actor keeper = a(role).of(JINHE).build();

        // when
        world.documentRegister.draft(keeper, JINHE, DRAFT);
        world.decisionRegister.propose(keeper, JINHE, DECISION);
        world.adviserRegister.engage(keeper, JINHE, ADVISER);

        // then
        assertThat(world.documents.saves()).hasSize(1);
        assertThat(world.decisions.saves()).hasSize(1);
        assertThat(world.advisers.saves()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STAFF", "LEADER"}, mode = EXCLUDE)
    void no_other_role_drafts_a_document(Role role) {
        // when
        AccessDenied refusal = thrown(AccessDenied.class,
                () -> world.documentRegister.draft(a(role).of(JINHE).build(), JINHE, DRAFT));

        // then
        assertThat(refusal.allowed()).containsExactlyInAnyOrder(Role.STAFF, Role.LEADER);
        assertThat(world.documents.saves()).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STAFF", "LEADER"}, mode = EXCLUDE)
    void no_other_role_proposes_a_decision_or_engages_an_adviser(Role role) {
        // given
        Actor actor = a(role).of(JINHE).build();

        // then
        thrown(AccessDenied.class, () -> world.decisionRegister.propose(actor, JINHE, DECISION));
        thrown(AccessDenied.class, () -> world.adviserRegister.engage(actor, JINHE, ADVISER));
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "LEADER", mode = EXCLUDE)
    void only_a_leader_issues_a_document(Role role) {
        // given
        world.given(aDocumentInReview().withId("document-1").atVersion(2));
        world.gate.says(JINHE, SubjectType.NORMATIVE_DOCUMENT, "document-1", ReviewOutcome.APPROVED);

        // when
        AccessDenied refusal = thrown(AccessDenied.class, () -> world.documentRegister.issue(a(role).of(JINHE).build(),
                JINHE, "document-1", 2, new DocumentIssue("锦政发〔2025〕9号", LocalDate.of(2025, 6, 1),
                        LocalDate.of(2025, 6, 1), null)));

        // then
        assertThat(refusal.allowed()).containsExactly(Role.LEADER);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "LEADER", mode = EXCLUDE)
    void only_a_leader_repeals_a_document(Role role) {
        // given
        world.given(anIssuedDocument().withId("document-1").atVersion(2));

        // then
        thrown(AccessDenied.class, () -> world.documentRegister.repeal(a(role).of(JINHE).build(), JINHE,
                "document-1", 2, LocalDate.of(2025, 6, 30), "废止"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "LEADER", mode = EXCLUDE)
    void only_a_leader_adopts_a_decision(Role role) {
        // given
        world.given(aDecisionInProcedure().withId("decision-1").discussed());
        world.gate.says(JINHE, SubjectType.MAJOR_DECISION, "decision-1", ReviewOutcome.APPROVED);

        // then
        thrown(AccessDenied.class, () -> world.decisionRegister.adopt(a(role).of(JINHE).build(), JINHE,
                "decision-1", 4, LocalDate.of(2025, 6, 12)));
    }

    @Test
    void another_townships_document_is_not_found_sys04() {
        // given
        world.given(anIssuedDocument().withId("document-1").of(GAOCUN));
        Actor jinheMayor = a(Role.LEADER).of(JINHE).build();

        // then
        thrown(RecordNotFound.class, () -> world.documentRegister.get(jinheMayor, GAOCUN, "document-1"));
        thrown(RecordNotFound.class, () -> world.documentRegister.get(jinheMayor, JINHE, "document-1"));
        thrown(RecordNotFound.class, () -> world.documentRegister.repeal(jinheMayor, GAOCUN, "document-1", 3,
                LocalDate.of(2025, 6, 30), "废止"));
    }

    @Test
    void a_township_not_visible_is_not_found_before_the_role_is_checked() {
        // given
        Actor gaocunOfficer = a(Role.OFFICER).of(GAOCUN).build();

        // then
        thrown(RecordNotFound.class, () -> world.documentRegister.draft(gaocunOfficer, JINHE, DRAFT));
        thrown(RecordNotFound.class, () -> world.decisionRegister.propose(gaocunOfficer, JINHE, DECISION));
        thrown(RecordNotFound.class, () -> world.adviserRegister.engage(gaocunOfficer, JINHE, ADVISER));
    }
}
