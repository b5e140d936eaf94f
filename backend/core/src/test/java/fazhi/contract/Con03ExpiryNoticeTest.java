package fazhi.contract;

import fazhi.contract.model.ExpiryNotice;
import fazhi.contract.model.Milestone;
import fazhi.contract.model.MilestoneKind;
import fazhi.contract.model.MilestoneStatus;
import fazhi.contract.port.in.ContractOverview;
import fazhi.contract.port.in.ContractQuery;
import fazhi.contract.port.in.ContractSummary;
import fazhi.contract.service.ContractService;
import fazhi.shared.model.Deadline;
import fazhi.shared.model.PageRequest;
import fazhi.testing.ContractFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static fazhi.testing.ContractBuilder.aContract;
import static fazhi.testing.ContractDetailsBuilder.contractDetails;
import static fazhi.testing.TestTownships.JINHE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * CON-03: a contract in performance ending within the township's notice days (30 by default: day 30 yes, day 31
 * no), or past its end, and a milestone past its due day are flagged in the ledger and on the deadlines radar.
 */
class Con03ExpiryNoticeTest {

    private static final LocalDate TODAY = ContractFixture.TODAY;

    private final ContractFixture world = new ContractFixture();

    private List<ContractSummary> ledger(ContractQuery query) {
        return world.service.list(world.staff, JINHE, query,
                PageRequest.of(0, 20, null, ContractQuery.SORTABLE, ContractQuery.DEFAULT_SORT)).items();
    }

    private void performingUntil(String id, int sequence, LocalDate endOn) {
        world.given(aContract().withId(id).numbered(sequence)
                .with(contractDetails().running(LocalDate.of(2025, 1, 1), endOn)).performing());
    }

    @Test
    void day_30_is_within_the_notice_day_31_is_not() {
        assertThat(ExpiryNotice.isEndingSoon(TODAY.plusDays(30), TODAY, 30)).isTrue();
        assertThat(ExpiryNotice.isEndingSoon(TODAY.plusDays(31), TODAY, 30)).isFalse();
        assertThat(ExpiryNotice.isEndingSoon(TODAY, TODAY, 30)).isTrue();
        assertThat(ExpiryNotice.isEndingSoon(TODAY.minusDays(1), TODAY, 30)).isFalse();
        assertThat(ExpiryNotice.isExpired(TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(ExpiryNotice.isExpired(TODAY, TODAY)).isFalse();
    }

    @Test
    void the_ledger_marks_a_contract_ending_on_day_30_and_not_one_ending_on_day_31() {
        // given
        performingUntil("c-30", 1, TODAY.plusDays(30));
        performingUntil("c-31", 2, TODAY.plusDays(31));

        // when
        List<ContractSummary> listed = ledger(ContractQuery.all());

        // then
        assertThat(listed).filteredOn(s -> s.id().equals("c-30")).singleElement()
                .satisfies(s -> assertThat(s.performance().endingSoon()).isTrue());
        assertThat(listed).filteredOn(s -> s.id().equals("c-31")).singleElement()
                .satisfies(s -> assertThat(s.performance().flagged()).isFalse());
        assertThat(ledger(new ContractQuery(null, null, null, null, null, 30, null)))
                .extracting(ContractSummary::id).containsExactly("c-30");
    }

    @Test
    void the_radar_shows_a_contract_ending_within_the_notice_days_whatever_its_period() {
        // given
        performingUntil("c-30", 1, TODAY.plusDays(30));
        performingUntil("c-31", 2, TODAY.plusDays(31));

        // when
        List<Deadline> due = world.service.dueWithin(world.auditor, JINHE, Period.ofDays(7));

        // then
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ContractService.EXPIRY);
            assertThat(d.recordType()).isEqualTo("contract");
            assertThat(d.recordId()).isEqualTo("c-30");
            assertThat(d.dueOn()).isEqualTo(TODAY.plusDays(30));
            assertThat(d.daysLeft()).isEqualTo(30);
            assertThat(d.overdue()).isFalse();
            assertThat(d.label()).isEqualTo("锦和合〔2025〕第1号 锦和镇和平村道路硬化工程施工合同");
        });
        assertThat(world.service.dueWithin(world.auditor, JINHE, Period.ofDays(31)))
                .extracting(Deadline::recordId).containsExactly("c-30", "c-31");
    }

    @Test
    void the_townships_notice_days_decide() {
        // given
        performingUntil("c-20", 1, TODAY.plusDays(20));
        world.settings("500000.00", 10);

        // then
        assertThat(world.service.dueWithin(world.auditor, JINHE, Period.ofDays(7))).isEmpty();
        assertThat(ledger(ContractQuery.all()).get(0).performance().endingSoon()).isFalse();
        assertThat(world.service.get(world.staff, JINHE, "c-20").expiryNoticeDays()).isEqualTo(10);
    }

    @Test
    void an_overdue_milestone_is_flagged_and_on_the_radar() {
        // given
        world.given(aContract().performing()
                .withMilestone(Milestone.planned(1, MilestoneKind.DELIVERABLE, "主体完工", TODAY.minusDays(1), null))
                .withMilestone(Milestone.planned(2, MilestoneKind.ACCEPTANCE, "竣工验收", TODAY.plusDays(3), null))
                .withMilestone(Milestone.planned(3, MilestoneKind.ACCEPTANCE, "质保期满", TODAY.plusDays(60), null)));

        // when
        ContractOverview read = world.service.get(world.staff, JINHE, "contract-1");
        List<Deadline> due = world.service.dueWithin(world.auditor, JINHE, Period.ofDays(7));

        // then
        assertThat(read.milestones()).extracting(m -> m.status())
                .containsExactly(MilestoneStatus.OVERDUE, MilestoneStatus.PENDING, MilestoneStatus.PENDING);
        assertThat(read.performance().overdueMilestones()).isEqualTo(1);
        assertThat(read.performance().nextMilestone().title()).isEqualTo("主体完工");
        assertThat(read.performance().flagged()).isTrue();
        assertThat(due).extracting(Deadline::kind).containsExactly(ContractService.MILESTONE,
                ContractService.MILESTONE);
        assertThat(due.get(0).overdue()).isTrue();
        assertThat(due.get(0).daysLeft()).isEqualTo(-1);
        assertThat(due.get(0).label()).endsWith("主体完工");
        assertThat(ledger(new ContractQuery(null, null, null, null, null, null, true)))
                .extracting(ContractSummary::id).containsExactly("contract-1");
    }

    @Test
    void a_contract_past_its_end_and_not_completed_is_flagged_as_expired() {
        // given
        performingUntil("c-late", 1, TODAY.minusDays(2));

        // when
        List<Deadline> due = world.service.dueWithin(world.auditor, JINHE, Period.ofDays(7));

        // then
        assertThat(due).singleElement().satisfies(d -> assertThat(d.overdue()).isTrue());
        assertThat(ledger(ContractQuery.all()).get(0).performance().expired()).isTrue();
    }

    @Test
    void a_contract_not_in_performance_is_not_flagged() {
        // given: a draft ending tomorrow with a milestone due yesterday
        world.given(aContract().with(contractDetails().running(LocalDate.of(2025, 1, 1), TODAY.plusDays(1)))
                .withMilestone(Milestone.planned(1, MilestoneKind.DELIVERABLE, "交付", TODAY.minusDays(1), null)));

        // then
        assertThat(world.service.dueWithin(world.auditor, JINHE, Period.ofDays(7))).isEmpty();
        assertThat(ledger(ContractQuery.all()).get(0).performance().flagged()).isFalse();
    }
}
