package fazhi.enforcement.cases;

import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.OutcomeKind;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Publish;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Revoke;
import fazhi.enforcement.port.in.PublishedDecision;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.TownshipCode;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.fine;
import static fazhi.testing.EnforcementCaseBuilder.firstViolation;
import static fazhi.testing.PartyBuilder.anIndividual;
import static fazhi.testing.PartyBuilder.anOrganisation;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ENF-13: penalty decisions are published with the party's personal data removed; a revoked one is withdrawn
 * at once.
 */
class Enf13PublicationTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 6, 10);
    private static final PageRequest FIRST_PAGE = new PageRequest(0, 20, "decidedOn", false);

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    private void givenAFine(String id, fazhi.testing.PartyBuilder party) {
        world.given(aCase().withId(id).against(party).atVersion(3)
                .notifiedOfFine(LocalDate.of(2025, 6, 1), "2000.00").decidedOn(DECIDED, fine("2000.00"), true)
                .decisionNumbered(7));
    }

    @Test
    void a_published_decision_shows_a_person_as_surname_and_mou_without_personal_data() {
        // given
        givenAFine("case-1", anIndividual().named("张三"));

        // when
        world.service.publish(world.leader, JINHE, "case-1", 3, new Publish(LocalDate.of(2025, 6, 12)));

        // then
        PublishedDecision published = world.service.published(JINHE, null, FIRST_PAGE).items().get(0);
        assertThat(published.partyName()).isEqualTo("张某");
        assertThat(published.decisionNumber()).hasToString("锦和罚决字〔2025〕第7号");
        assertThat(published.outcome()).isEqualTo(OutcomeKind.FINE);
        assertThat(published.fineAmount()).isEqualTo(Money.of("2000.00"));
        assertThat(published.decidedOn()).isEqualTo(DECIDED);
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(published.toString()).doesNotContain("110101199003074477", "13812345678", "锦和村");
    }

    @Test
    void an_organisation_is_published_by_its_name() {
        // given
        givenAFine("case-1", anOrganisation());
        world.service.publish(world.leader, JINHE, "case-1", 3, new Publish(null));

        // when
        PublishedDecision published = world.service.published(JINHE, 2025, FIRST_PAGE).items().get(0);

        // then
        assertThat(published.partyName()).isEqualTo("锦和砂石有限公司");
    }

    @Test
    void a_compound_surname_is_kept_whole() {
        assertThat(anIndividual().named("欧阳明").build().publicName()).isEqualTo("欧阳某");
        assertThat(anIndividual().named("欧阳").build().publicName()).isEqualTo("欧某");
    }

    @Test
    void revoking_withdraws_the_publication_the_same_day() {
        // given
        givenAFine("case-1", anIndividual());
        world.service.publish(world.leader, JINHE, "case-1", 3, new Publish(LocalDate.of(2025, 6, 12)));

        // when
        CaseOverview revoked = world.service.revoke(world.leader, JINHE, "case-1", 4,
                new Revoke(LocalDate.of(2025, 6, 20), "事实认定错误"));

        // then
        assertThat(revoked.enforcementCase().status()).isEqualTo(CaseStatus.REVOKED);
        assertThat(revoked.enforcementCase().publication().withdrawnOn()).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(revoked.enforcementCase().revocation().revokedBy()).isEqualTo("zhao.mayor");
        assertThat(world.service.published(JINHE, null, FIRST_PAGE).items()).isEmpty();
    }

    @Test
    void only_a_leader_publishes_or_revokes() {
        // given
        givenAFine("case-1", anIndividual());

        // when / then
        thrown(AccessDenied.class, () -> world.service.publish(world.officer, JINHE, "case-1", 3, new Publish(null)));
        thrown(AccessDenied.class, () -> world.service.revoke(world.officer, JINHE, "case-1", 3,
                new Revoke(null, "事实认定错误")));
    }

    @Test
    void a_decision_without_penalty_is_not_published() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).decidedOn(DECIDED, firstViolation(), true));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.publish(world.leader, JINHE, "case-1",
                3, new Publish(null)));

        // then
        assertThat(refusal.violations()).extracting(v -> v.messageKey())
                .containsExactly("enforcementCase.publish.penaltyOnly");
    }

    @Test
    void an_undecided_case_is_not_published() {
        // given
        world.given(aCase().withId("case-1").atVersion(3));

        // when / then
        thrown(InvalidInput.class, () -> world.service.publish(world.leader, JINHE, "case-1", 3, new Publish(null)));
    }

    @Test
    void a_revoked_decision_is_not_published_again_by_enf13() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).notifiedOfFine(LocalDate.of(2025, 6, 1), "2000.00")
                .decidedOn(DECIDED, fine("2000.00"), true).revokedOn(LocalDate.of(2025, 6, 20)));

        // when
        fazhi.shared.model.RuleViolation refusal = thrown(fazhi.shared.model.RuleViolation.class,
                () -> world.service.publish(world.leader, JINHE, "case-1", 3, new Publish(null)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-13");
        assertThat(refusal.arguments()).containsExactly(LocalDate.of(2025, 6, 20));
    }

    @Test
    void the_public_list_of_an_unknown_township_is_not_found() {
        thrown(RecordNotFound.class, () -> world.service.published(TownshipCode.of("nowhere"), null, FIRST_PAGE));
    }

    @Test
    void a_revocation_needs_a_reason() {
        InvalidInput refusal = thrown(InvalidInput.class, () -> new Revoke(null, ""));
        assertThat(refusal.violations()).extracting(v -> v.field()).containsExactly("reason");
    }
}
