package fazhi.enforcement.cases;

import fazhi.enforcement.model.CaseAction;
import fazhi.enforcement.model.CaseStatus;
import fazhi.enforcement.model.Outcome;
import fazhi.enforcement.port.in.CaseOverview;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Decide;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.HoldHearing;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.Notify;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.RequestHearing;
import fazhi.enforcement.port.in.ProcessingEnforcementCases.WaiveHearing;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.EnforcementCaseFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.EnforcementCaseBuilder.aCase;
import static fazhi.testing.EnforcementCaseBuilder.fine;
import static fazhi.testing.PartyBuilder.anOrganisation;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ENF-06: a fine at or above the township's hearing threshold (by default 10000.00 for a person, 100000.00 for an
 * organisation) must offer a hearing; the party may ask within 5 days of the notice; once asked, no decision before
 * it is held.
 */
class Enf06HearingTest {

    private static final LocalDate NOTIFIED = LocalDate.of(2025, 6, 2);

    private final EnforcementCaseFixture world = new EnforcementCaseFixture();

    private void givenNotifiedOfAHearing() {
        world.given(aCase().withId("case-1").atVersion(3).notifiedOn(NOTIFIED, fine("20000.00"), true));
    }

    @Test
    void notifying_a_person_of_a_fine_of_10000_without_a_hearing_is_refused_by_enf06() {
        // given
        world.given(aCase().withId("case-1").atVersion(3));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.notify(world.officer, JINHE, "case-1",
                3, new Notify(NOTIFIED, fine("10000.00"), false, true, null)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-06");
        assertThat(refusal.arguments()).containsExactly("10,000.00");
    }

    @Test
    void a_fine_of_9999_99_on_a_person_needs_no_hearing() {
        // given
        world.given(aCase().withId("case-1").atVersion(3));

        // when
        CaseOverview notified = world.service.notify(world.officer, JINHE, "case-1", 3,
                new Notify(NOTIFIED, fine("9999.99"), false, true, null));

        // then
        assertThat(notified.enforcementCase().status()).isEqualTo(CaseStatus.NOTIFIED);
        assertThat(notified.deadlines().hearingWindowEndsOn()).isNull();
    }

    @Test
    void an_organisation_needs_a_hearing_from_100000() {
        // given
        world.given(aCase().withId("case-1").against(anOrganisation()).atVersion(3));
        world.given(aCase().withId("case-2").against(anOrganisation()).atVersion(3));

        // when
        CaseOverview below = world.service.notify(world.officer, JINHE, "case-1", 3,
                new Notify(NOTIFIED, fine("99999.99"), false, true, null));
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.notify(world.officer, JINHE, "case-2",
                3, new Notify(NOTIFIED, fine("100000.00"), false, true, null)));

        // then
        assertThat(below.enforcementCase().status()).isEqualTo(CaseStatus.NOTIFIED);
        assertThat(refusal.ruleId()).isEqualTo("ENF-06");
        assertThat(refusal.arguments()).containsExactly("100,000.00");
    }

    @Test
    void the_threshold_comes_from_the_settings() {
        // given
        world.settings = new fazhi.enforcement.model.EnforcementSettings(fazhi.shared.model.Money.of("5000.00"),
                fazhi.shared.model.Money.of("50000.00"), 2);
        world.given(aCase().withId("case-1").atVersion(3));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.notify(world.officer, JINHE, "case-1",
                3, new Notify(NOTIFIED, fine("5000.00"), false, true, null)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-06");
    }

    @Test
    void the_case_carries_the_threshold_for_its_party_as_the_township_set_it() {
        // given
        world.settings = new fazhi.enforcement.model.EnforcementSettings(fazhi.shared.model.Money.of("5000.00"),
                fazhi.shared.model.Money.of("50000.00"), 2);
        world.given(aCase().withId("person-case").atVersion(1));
        world.given(aCase().withId("organisation-case").against(anOrganisation()).atVersion(1));

        // then
        assertThat(world.service.get(world.officer, JINHE, "person-case").hearingThreshold())
                .isEqualTo(fazhi.shared.model.Money.of("5000.00"));
        assertThat(world.service.get(world.officer, JINHE, "organisation-case").hearingThreshold())
                .isEqualTo(fazhi.shared.model.Money.of("50000.00"));
    }

    @Test
    void another_measure_in_a_major_case_must_offer_a_hearing() {
        // given
        world.given(aCase().withId("case-1").major().atVersion(3));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.notify(world.officer, JINHE, "case-1",
                3, new Notify(NOTIFIED, new Outcome.Other("责令停产停业"), false, true, null)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-06");
    }

    @Test
    void the_hearing_window_ends_5_days_after_the_notice() {
        // given
        givenNotifiedOfAHearing();

        // when
        CaseOverview overview = world.service.get(world.officer, JINHE, "case-1");

        // then
        assertThat(overview.deadlines().hearingWindowEndsOn()).isEqualTo(LocalDate.of(2025, 6, 7));
    }

    @Test
    void a_hearing_requested_on_day_5_is_in_time() {
        // given
        givenNotifiedOfAHearing();

        // when
        CaseOverview requested = world.service.requestHearing(world.officer, JINHE, "case-1", 3,
                new RequestHearing(NOTIFIED.plusDays(5)));

        // then
        assertThat(requested.enforcementCase().status()).isEqualTo(CaseStatus.HEARING_REQUESTED);
        assertThat(requested.enforcementCase().hearing().requestedOn()).isEqualTo(NOTIFIED.plusDays(5));
    }

    @Test
    void a_hearing_requested_on_day_6_is_refused_by_enf06() {
        // given
        givenNotifiedOfAHearing();

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.requestHearing(world.officer, JINHE,
                "case-1", 3, new RequestHearing(NOTIFIED.plusDays(6))));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-06");
        assertThat(refusal.messageKey()).isEqualTo("enf06.hearingRequestLate");
    }

    @Test
    void no_decision_while_the_window_is_open() {
        // given
        givenNotifiedOfAHearing();

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                3, new Decide(NOTIFIED.plusDays(5), fine("20000.00"), false)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-06");
        assertThat(refusal.messageKey()).isEqualTo("enf06.hearingWindowOpen");
    }

    @Test
    void a_decision_on_day_6_without_a_request_is_allowed() {
        // given
        givenNotifiedOfAHearing();

        // when
        CaseOverview decided = world.service.decide(world.officer, JINHE, "case-1", 3,
                new Decide(NOTIFIED.plusDays(6), fine("20000.00"), false));

        // then
        assertThat(decided.enforcementCase().status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void after_a_waiver_the_decision_may_come_at_once() {
        // given
        givenNotifiedOfAHearing();
        world.service.waiveHearing(world.officer, JINHE, "case-1", 3, new WaiveHearing(NOTIFIED.plusDays(1)));

        // when
        CaseOverview decided = world.service.decide(world.officer, JINHE, "case-1", 4,
                new Decide(NOTIFIED.plusDays(1), fine("20000.00"), false));

        // then
        assertThat(decided.enforcementCase().status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.enforcementCase().hearing().waivedOn()).isEqualTo(NOTIFIED.plusDays(1));
    }

    @Test
    void no_decision_after_a_request_until_the_hearing_is_held() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).notifiedOn(NOTIFIED, fine("20000.00"), true)
                .hearingRequestedOn(NOTIFIED.plusDays(2)));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                3, new Decide(NOTIFIED.plusDays(20), fine("20000.00"), false)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-06");
        assertThat(refusal.messageKey()).isEqualTo("enf06.hearingNotHeld");
    }

    @Test
    void a_held_hearing_is_recorded_with_its_summary() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).notifiedOn(NOTIFIED, fine("20000.00"), true)
                .hearingRequestedOn(NOTIFIED.plusDays(2)));

        // when
        CaseOverview held = world.service.holdHearing(world.officer, JINHE, "case-1", 3,
                new HoldHearing(NOTIFIED.plusDays(10), "当事人到场陈述申辩"));

        // then
        assertThat(held.enforcementCase().status()).isEqualTo(CaseStatus.HEARING_HELD);
        assertThat(held.enforcementCase().isMajor()).isTrue();
    }

    @Test
    void a_decision_that_needs_a_hearing_is_refused_when_none_was_offered() {
        // given: notified of 5000.00 without a hearing
        world.given(aCase().withId("case-1").atVersion(3).notifiedOn(NOTIFIED, fine("5000.00"), false));
        world.settings = new fazhi.enforcement.model.EnforcementSettings(fazhi.shared.model.Money.of("3000.00"),
                fazhi.shared.model.Money.of("50000.00"), 2);

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.decide(world.officer, JINHE, "case-1",
                3, new Decide(NOTIFIED.plusDays(10), fine("5000.00"), false)));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-06");
        assertThat(refusal.messageKey()).isEqualTo("enf06.hearingNotOffered");
        assertThat(refusal.arguments()).as("the township's threshold, as people read it").containsExactly("3,000.00");
    }

    @Test
    void a_hearing_not_offered_cannot_be_requested() {
        // given
        world.given(aCase().withId("case-1").atVersion(3).notifiedOfFine(NOTIFIED, "500.00"));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.requestHearing(world.officer, JINHE,
                "case-1", 3, new RequestHearing(NOTIFIED.plusDays(1))));

        // then
        assertThat(refusal.violations()).extracting(v -> v.messageKey())
                .containsExactly("enforcementCase.hearing.notOffered");
    }

    @Test
    void the_request_is_offered_as_an_action_only_while_the_window_is_open() {
        // given
        givenNotifiedOfAHearing();

        // when
        world.today(NOTIFIED.plusDays(5));
        CaseOverview open = world.service.get(world.officer, JINHE, "case-1");
        world.today(NOTIFIED.plusDays(6));
        CaseOverview closed = world.service.get(world.officer, JINHE, "case-1");

        // then
        assertThat(open.allowedActions()).contains(CaseAction.REQUEST_HEARING);
        assertThat(open.deadlines().hearingWindowOpen()).isTrue();
        assertThat(closed.allowedActions()).doesNotContain(CaseAction.REQUEST_HEARING);
        assertThat(closed.deadlines().hearingWindowOpen()).isFalse();
    }
}
