package fazhi.review.service;

import fazhi.review.model.CleanUpCampaign;
import fazhi.review.model.CleanUpDecision;
import fazhi.review.model.CleanUpStatus;
import fazhi.review.model.CleanUpVerdict;
import fazhi.review.model.DocumentStatus;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Role;
import fazhi.testing.GovernanceFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.NormativeDocumentBuilder.aDraft;
import static fazhi.testing.NormativeDocumentBuilder.anIssuedDocument;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** 集中清理: a campaign keeps, amends or repeals each document in force; closing it repeals those to repeal. */
class CleanUpCampaignTest {

    private static final LocalDate HELD_ON = LocalDate.of(2025, 5, 20);

    private final GovernanceFixture world = new GovernanceFixture();
    private final Actor clerk = a(Role.STAFF).named("li.clerk").of(JINHE).build();
    private final Actor mayor = a(Role.LEADER).named("zhao.mayor").of(JINHE).build();

    private String campaign() {
        return world.cleanUps.open(clerk, JINHE, "2025年规范性文件集中清理", HELD_ON).id();
    }

    @Test
    void a_clerk_opens_a_campaign_and_it_is_audited() {
        // when
        CleanUpCampaign campaign = world.cleanUps.open(clerk, JINHE, "2025年规范性文件集中清理", HELD_ON);

        // then
        assertThat(campaign.status()).isEqualTo(CleanUpStatus.OPEN);
        assertThat(world.auditLog.last().action()).isEqualTo("clean-up.opened");
    }

    @Test
    void a_decision_on_a_document_in_force_keeps_its_number_title_and_reason() {
        // given
        world.given(anIssuedDocument().withId("document-1").numbered("锦政发〔2021〕5号").titled("锦和镇殡葬管理办法"));
        String id = campaign();

        // when
        CleanUpCampaign campaign = world.cleanUps.decide(clerk, JINHE, id, 0, "document-1", CleanUpVerdict.REPEAL,
                "与上位法不一致");

        // then
        assertThat(campaign.decisions()).containsExactly(new CleanUpDecision("document-1", "锦政发〔2021〕5号",
                "锦和镇殡葬管理办法", CleanUpVerdict.REPEAL, "与上位法不一致"));
        assertThat(world.auditLog.last().changes())
                .containsExactly(entry("decision.document-1", new Change(null, "REPEAL：与上位法不一致")));
    }

    @Test
    void a_later_decision_on_the_same_document_replaces_the_earlier() {
        // given
        world.given(anIssuedDocument().withId("document-1"));
        String id = campaign();
        world.cleanUps.decide(clerk, JINHE, id, 0, "document-1", CleanUpVerdict.REPEAL, "拟废止");

        // when
        CleanUpCampaign campaign = world.cleanUps.decide(clerk, JINHE, id, 1, "document-1", CleanUpVerdict.KEEP,
                "经研究继续有效");

        // then
        assertThat(campaign.decisions()).extracting(CleanUpDecision::verdict).containsExactly(CleanUpVerdict.KEEP);
    }

    @Test
    void a_document_not_in_force_is_not_decided_on() {
        // given
        world.given(aDraft().withId("document-1"));
        String id = campaign();

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.cleanUps.decide(clerk, JINHE, id, 0,
                "document-1", CleanUpVerdict.KEEP, "继续有效"));

        // then
        assertThat(refusal.violations().get(0).field()).isEqualTo("documentId");
        assertThat(refusal.violations().get(0).messageKey()).isEqualTo("cleanUp.document.notInForce");
    }

    @Test
    void another_townships_document_is_unknown_to_the_campaign() {
        // given
        world.given(anIssuedDocument().withId("document-1").of(GAOCUN));
        String id = campaign();

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.cleanUps.decide(clerk, JINHE, id, 0,
                "document-1", CleanUpVerdict.KEEP, "继续有效"));

        // then
        assertThat(refusal.violations().get(0).messageKey()).isEqualTo("cleanUp.document.unknown");
    }

    @Test
    void a_decision_needs_a_verdict_and_a_reason() {
        // given
        world.given(anIssuedDocument().withId("document-1"));
        String id = campaign();

        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.cleanUps.decide(clerk, JINHE, id, 0, "document-1", null, ""));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactly("verdict", "reason");
    }

    @Test
    void closing_repeals_the_documents_decided_repeal_and_leaves_the_others() {
        // given
        world.given(anIssuedDocument().withId("repeal-me").atVersion(2));
        world.given(anIssuedDocument().withId("keep-me").atVersion(2).numbered("锦政发〔2023〕2号"));
        world.given(anIssuedDocument().withId("amend-me").atVersion(2).numbered("锦政发〔2023〕4号"));
        String id = campaign();
        world.cleanUps.decide(clerk, JINHE, id, 0, "repeal-me", CleanUpVerdict.REPEAL, "已不适应管理需要");
        world.cleanUps.decide(clerk, JINHE, id, 1, "keep-me", CleanUpVerdict.KEEP, "继续有效");
        world.cleanUps.decide(clerk, JINHE, id, 2, "amend-me", CleanUpVerdict.AMEND, "需修改");

        // when
        CleanUpCampaign closed = world.cleanUps.close(mayor, JINHE, id, 3, LocalDate.of(2025, 6, 20));

        // then
        assertThat(closed.status()).isEqualTo(CleanUpStatus.CLOSED);
        var repealed = world.documents.stored("repeal-me");
        assertThat(repealed.status()).isEqualTo(DocumentStatus.REPEALED);
        assertThat(repealed.repealedOn()).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(repealed.repealReason()).isEqualTo("已不适应管理需要");
        assertThat(repealed.repealedInCleanUp()).isEqualTo(id);
        assertThat(world.documents.stored("keep-me").status()).isEqualTo(DocumentStatus.EFFECTIVE);
        assertThat(world.documents.stored("amend-me").status()).isEqualTo(DocumentStatus.EFFECTIVE);
    }

    @Test
    void closing_audits_the_campaign_and_each_repealed_document() {
        // given
        world.given(anIssuedDocument().withId("repeal-me").atVersion(2));
        String id = campaign();
        world.cleanUps.decide(clerk, JINHE, id, 0, "repeal-me", CleanUpVerdict.REPEAL, "已不适应管理需要");
        world.auditLog.clear();

        // when
        world.cleanUps.close(mayor, JINHE, id, 1, LocalDate.of(2025, 6, 20));

        // then
        assertThat(world.auditLog.entries()).extracting(e -> e.action() + " " + e.recordId())
                .containsExactly("normative-document.repealed repeal-me", "clean-up.closed " + id);
    }

    @Test
    void a_closed_campaign_takes_no_more_decisions() {
        // given
        world.given(anIssuedDocument().withId("document-1"));
        String id = campaign();
        world.cleanUps.close(mayor, JINHE, id, 0, LocalDate.of(2025, 6, 20));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.cleanUps.decide(clerk, JINHE, id, 1,
                "document-1", CleanUpVerdict.KEEP, "继续有效"));

        // then
        assertThat(refusal.violations().get(0).messageKey()).isEqualTo("cleanUp.closed");
    }

    @Test
    void a_campaign_is_not_closed_before_its_date() {
        // given
        String id = campaign();

        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.cleanUps.close(mayor, JINHE, id, 0, HELD_ON.minusDays(1)));

        // then
        assertThat(refusal.violations().get(0).field()).isEqualTo("closedOn");
        assertThat(world.campaigns.stored(id).status()).isEqualTo(CleanUpStatus.OPEN);
    }
}
