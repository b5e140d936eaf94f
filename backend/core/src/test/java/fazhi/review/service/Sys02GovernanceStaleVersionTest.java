package fazhi.review.service;

import fazhi.review.model.AdviserDetails;
import fazhi.review.model.CleanUpStatus;
import fazhi.review.model.DocumentDraft;
import fazhi.review.model.DocumentStatus;
import fazhi.review.model.LegalAdviser;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Role;
import fazhi.shared.model.StaleRecord;
import fazhi.testing.GovernanceFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.MajorDecisionBuilder.COMMENTS;
import static fazhi.testing.MajorDecisionBuilder.aDecisionInProcedure;
import static fazhi.testing.NormativeDocumentBuilder.aDraft;
import static fazhi.testing.NormativeDocumentBuilder.anIssuedDocument;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** SYS-02: a change of a governance record based on an older version overwrites nothing. */
class Sys02GovernanceStaleVersionTest {

    private final GovernanceFixture world = new GovernanceFixture();
    private final Actor mayor = a(Role.LEADER).of(JINHE).build();

    @Test
    void a_document_change_from_an_older_version_is_refused() {
        // given
        world.given(aDraft().withId("document-1").atVersion(3));

        // when
        StaleRecord refusal = thrown(StaleRecord.class, () -> world.documentRegister.revise(mayor, JINHE,
                "document-1", 2, new DocumentDraft("新标题", "锦和镇人民政府", false)));

        // then
        assertThat(refusal.arguments()).containsExactly("normative-document", "document-1", 2L, 3L);
        assertThat(world.documents.saves()).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void a_repeal_from_an_older_version_is_refused() {
        // given
        world.given(anIssuedDocument().withId("document-1").atVersion(3));

        // when
        thrown(StaleRecord.class, () -> world.documentRegister.repeal(mayor, JINHE, "document-1", 2,
                LocalDate.of(2025, 6, 30), "废止"));

        // then
        assertThat(world.documents.stored("document-1").status()).isEqualTo(DocumentStatus.EFFECTIVE);
    }

    @Test
    void a_decision_step_from_an_older_version_is_refused() {
        // given
        world.given(aDecisionInProcedure().withId("decision-1").atVersion(4));

        // when
        StaleRecord refusal = thrown(StaleRecord.class, () -> world.decisionRegister.recordPublicParticipation(
                mayor, JINHE, "decision-1", 3, COMMENTS));

        // then
        assertThat(refusal.ruleId()).isEqualTo("SYS-02");
        assertThat(world.decisions.stored("decision-1").publicParticipation()).isNull();
    }

    @Test
    void closing_a_campaign_from_an_older_version_is_refused() {
        // given
        String id = world.cleanUps.open(mayor, JINHE, "2025年集中清理", LocalDate.of(2025, 5, 20)).id();

        // when
        thrown(StaleRecord.class, () -> world.cleanUps.close(mayor, JINHE, id, 1, LocalDate.of(2025, 6, 1)));

        // then
        assertThat(world.campaigns.stored(id).status()).isEqualTo(CleanUpStatus.OPEN);
    }

    @Test
    void an_adviser_update_from_an_older_version_is_refused() {
        // given
        AdviserDetails details = new AdviserDetails("向明远", "湖南芙蓉律师事务所", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), null);
        LegalAdviser adviser = world.adviserRegister.engage(mayor, JINHE, details);

        // when
        thrown(StaleRecord.class, () -> world.adviserRegister.update(mayor, JINHE, adviser.id(), 1, details));

        // then
        assertThat(world.advisers.saves()).hasSize(1);
    }
}
