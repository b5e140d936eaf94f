package fazhi.enforcement.service;

import fazhi.enforcement.model.Inspection;
import fazhi.enforcement.model.InspectionStatus;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.InspectionFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.InspectionDraftBuilder.FUYUAN;
import static fazhi.testing.InspectionDraftBuilder.JINJIANG;
import static fazhi.testing.InspectionDraftBuilder.XINGWANG;
import static fazhi.testing.InspectionDraftBuilder.aDraft;
import static fazhi.testing.InspectionItemBuilder.anItem;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ENF-14: one enterprise is inspected at most N times a calendar year in the township (N = 2 by default), and no
 * more often under one item than its cap, unless a leader explicitly approves a case-triggered inspection.
 */
class Enf14YearlyCapTest {

    private final InspectionFixture world = new InspectionFixture();

    InspectionFixture withSecondItem() {
        world.given(anItem().withId("item-2").coded("JH-JC-002"));
        return world;
    }

    @Test
    void the_second_inspection_of_an_enterprise_in_a_year_is_approved() {
        // given
        withSecondItem().approved(aDraft().on("2025-07-10"));

        // when
        Inspection second = world.approved(aDraft().under("item-2").on("2025-09-10"));

        // then
        assertThat(second.status()).isEqualTo(InspectionStatus.APPROVED);
        assertThat(second.beyondYearlyCap()).isFalse();
    }

    @Test
    void at_the_cap_a_third_planned_one_is_refused_naming_the_count_and_the_cap() {
        // given
        withSecondItem().approved(aDraft().on("2025-07-10"));
        world.approved(aDraft().under("item-2").on("2025-09-10"));
        world.given(anItem().withId("item-3").coded("JH-JC-003"));

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> world.proposed(aDraft().under("item-3").on("2025-11-10")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-14");
        assertThat(refusal.messageKey()).isEqualTo("enf14.yearlyCap");
        assertThat(refusal.arguments()).containsExactly("锦和镇兴旺砂石场", "2025", 2L, 2);
        assertThat(world.inspections.saves()).hasSize(4);
    }

    @Test
    void a_proposal_past_the_cap_is_refused_when_the_leader_approves_it_plainly() {
        // given: a case-triggered proposal, then the enterprise reaches the cap
        withSecondItem();
        Inspection triggered = world.proposed(aDraft().on("2025-10-10").caseTriggered("群众举报超范围开采"));
        world.approved(aDraft().on("2025-07-10"));
        world.approved(aDraft().under("item-2").on("2025-09-10"));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.approve(world.leader, JINHE,
                triggered.id(), triggered.version(), false));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-14");
        assertThat(world.inspections.stored(triggered.id()).status()).isEqualTo(InspectionStatus.PROPOSED);
    }

    @Test
    void a_case_triggered_one_beyond_the_cap_is_allowed_with_the_leaders_explicit_approval() {
        // given
        withSecondItem().approved(aDraft().on("2025-07-10"));
        world.approved(aDraft().under("item-2").on("2025-09-10"));
        Inspection triggered = world.proposed(aDraft().on("2025-10-10").caseTriggered("群众举报超范围开采"));

        // when
        Inspection approved = world.service.approve(world.leader, JINHE, triggered.id(), triggered.version(), true);

        // then
        assertThat(approved.status()).isEqualTo(InspectionStatus.APPROVED);
        assertThat(approved.beyondYearlyCap()).isTrue();
        assertThat(world.auditLog.last().changes().get("beyondYearlyCap").after()).isEqualTo("true");
    }

    @Test
    void a_planned_inspection_cannot_use_the_exception() {
        // given
        Inspection planned = world.proposed(aDraft());

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.service.approve(world.leader, JINHE,
                planned.id(), planned.version(), true));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-14");
        assertThat(refusal.messageKey()).isEqualTo("enf14.exceptionOnlyCaseTriggered");
    }

    @Test
    void proposals_not_approved_do_not_count() {
        // given
        withSecondItem().proposed(aDraft().on("2025-07-10"));
        world.proposed(aDraft().under("item-2").on("2025-08-10"));

        // when
        Inspection third = world.approved(aDraft().on("2025-09-10"));

        // then
        assertThat(third.status()).isEqualTo(InspectionStatus.APPROVED);
    }

    @Test
    void the_cap_counts_per_calendar_year() {
        // given: two in December 2025
        withSecondItem().today(LocalDate.of(2025, 12, 1));
        world.approved(aDraft().on("2025-12-10"));
        world.approved(aDraft().under("item-2").on("2025-12-20"));

        // when
        Inspection january = world.approved(aDraft().on("2026-01-02"));
        RuleViolation newYearsEve = thrown(RuleViolation.class, () -> world.proposed(aDraft().on("2025-12-31")));

        // then
        assertThat(january.status()).isEqualTo(InspectionStatus.APPROVED);
        assertThat(newYearsEve.arguments()).containsExactly("锦和镇兴旺砂石场", "2025", 2L, 2);
    }

    @Test
    void other_enterprises_do_not_count() {
        // given
        withSecondItem().approved(aDraft().of("锦和镇锦江加油站", JINJIANG));
        world.approved(aDraft().under("item-2").of("锦和镇福源超市", FUYUAN));

        // when
        Inspection first = world.approved(aDraft().of("锦和镇兴旺砂石场", XINGWANG).on("2025-11-10"));

        // then
        assertThat(first.status()).isEqualTo(InspectionStatus.APPROVED);
    }

    @Test
    void an_items_own_cap_counts_the_inspections_under_it() {
        // given
        world.given(anItem().withId("item-once").coded("JH-JC-005").cappedAt(1));
        world.approved(aDraft().under("item-once").on("2025-07-10"));

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> world.proposed(aDraft().under("item-once").on("2025-09-10")));
        Inspection underAnother = world.approved(aDraft().under("item-1").on("2025-09-10"));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-14");
        assertThat(refusal.messageKey()).isEqualTo("enf14.itemYearlyCap");
        assertThat(refusal.arguments()).containsExactly("锦和镇兴旺砂石场", "2025", "JH-JC-005", 1L, 1);
        assertThat(underAnother.status()).isEqualTo(InspectionStatus.APPROVED);
    }

    @Test
    void the_townships_setting_sets_the_cap() {
        // given: a township that allows three a year
        InspectionService threeAYear = world.withCap(3);
        world.given(anItem().withId("item-2").coded("JH-JC-002").cappedAt(3));
        world.approved(aDraft().on("2025-07-10"));
        world.approved(aDraft().under("item-2").on("2025-08-10"));

        // when
        Inspection third = threeAYear.propose(world.officer, JINHE, aDraft().under("item-2").on("2025-09-10").build());

        // then
        assertThat(third.status()).isEqualTo(InspectionStatus.PROPOSED);
    }
}
