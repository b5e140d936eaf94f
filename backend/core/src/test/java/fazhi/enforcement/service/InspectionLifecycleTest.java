package fazhi.enforcement.service;

import fazhi.enforcement.model.Inspection;
import fazhi.enforcement.model.InspectionResult;
import fazhi.enforcement.model.InspectionStatus;
import fazhi.enforcement.model.RecordedResult;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.StaleRecord;
import fazhi.testing.InspectionFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.InspectionDraftBuilder.aDraft;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** An inspection is proposed, approved by a leader before it happens, notified, and done with its result. */
class InspectionLifecycleTest {

    private final InspectionFixture world = new InspectionFixture();

    static java.util.List<String> fields(InvalidInput refusal) {
        return refusal.violations().stream().map(InvalidInput.FieldViolation::field).toList();
    }

    @Test
    void proposed_approved_notified_and_done_each_step_audited() {
        // given
        Inspection proposed = world.proposed(aDraft().on("2025-07-10"));

        // when
        Inspection approved = world.service.approve(world.leader, JINHE, proposed.id(), proposed.version(), false);
        Inspection notified = world.service.notifyEnterprise(world.officer, JINHE, approved.id(), approved.version(),
                LocalDate.of(2025, 6, 30));
        world.today(LocalDate.of(2025, 7, 10));
        Inspection done = world.service.recordResult(world.officer, JINHE, notified.id(), notified.version(),
                RecordedResult.of(LocalDate.of(2025, 7, 10), InspectionResult.RECTIFICATION_ORDERED,
                        "灭火器压力不足2具，疏散通道堆放杂物", LocalDate.of(2025, 7, 25), null));

        // then
        assertThat(approved.approvedBy()).isEqualTo("leader.tian");
        assertThat(approved.approvedOn()).isEqualTo(InspectionFixture.TODAY);
        assertThat(done.status()).isEqualTo(InspectionStatus.DONE);
        assertThat(done.inspectedOn()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(done.rectificationDueOn()).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(world.auditLog.entries()).extracting(e -> e.action()).containsExactly("inspection.proposed",
                "inspection.approved", "inspection.notified", "inspection.recorded");
    }

    @Test
    void until_done_it_counts_on_its_planned_day() {
        // when
        Inspection approved = world.approved(aDraft().on("2025-07-10"));

        // then
        assertThat(approved.inspectedOn()).isNull();
        assertThat(approved.countedOn()).isEqualTo(LocalDate.of(2025, 7, 10));
    }

    @Test
    void a_planned_day_in_the_past_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.proposed(aDraft().on("2025-06-29")));

        // then
        assertThat(fields(refusal)).containsExactly("plannedOn");
    }

    @Test
    void a_bad_credit_code_is_refused_naming_the_field() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> aDraft().of("锦和镇兴旺砂石场", "91431226MA4L2TH369").build());

        // then
        assertThat(refusal.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("enterprise.creditCode");
            assertThat(v.messageKey()).isEqualTo("creditCode.checkCharacter");
        });
    }

    @Test
    void a_proposal_is_revised_until_approved_but_not_after() {
        // given
        Inspection proposed = world.proposed(aDraft().on("2025-07-10"));

        // when
        Inspection revised = world.service.revise(world.officer, JINHE, proposed.id(), proposed.version(),
                aDraft().on("2025-07-20").build());
        Inspection approved = world.service.approve(world.leader, JINHE, revised.id(), revised.version(), false);
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.revise(world.officer, JINHE,
                approved.id(), approved.version(), aDraft().on("2025-07-25").build()));

        // then
        assertThat(revised.plannedOn()).isEqualTo(LocalDate.of(2025, 7, 20));
        assertThat(fields(refusal)).containsExactly("status");
    }

    @Test
    void no_notice_before_the_approval() {
        // given
        Inspection proposed = world.proposed(aDraft());

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.notifyEnterprise(world.officer, JINHE,
                proposed.id(), proposed.version(), InspectionFixture.TODAY));

        // then
        assertThat(fields(refusal)).containsExactly("status");
    }

    @Test
    void the_notice_is_dated_neither_before_the_approval_nor_in_the_future() {
        // given
        Inspection approved = world.approved(aDraft());

        // when
        InvalidInput early = thrown(InvalidInput.class, () -> world.service.notifyEnterprise(world.officer, JINHE,
                approved.id(), approved.version(), InspectionFixture.TODAY.minusDays(1)));
        InvalidInput future = thrown(InvalidInput.class, () -> world.service.notifyEnterprise(world.officer, JINHE,
                approved.id(), approved.version(), InspectionFixture.TODAY.plusDays(1)));

        // then
        assertThat(fields(early)).containsExactly("notifiedOn");
        assertThat(fields(future)).containsExactly("notifiedOn");
    }

    @Test
    void no_result_before_the_notice_and_none_dated_before_it() {
        // given
        Inspection approved = world.approved(aDraft().on("2025-07-01"));
        world.today(LocalDate.of(2025, 7, 1));

        // when
        InvalidInput notNotified = thrown(InvalidInput.class, () -> world.service.recordResult(world.officer, JINHE,
                approved.id(), approved.version(), noProblemOn("2025-07-01")));
        Inspection notified = world.service.notifyEnterprise(world.officer, JINHE, approved.id(), approved.version(),
                LocalDate.of(2025, 7, 1));
        InvalidInput beforeNotice = thrown(InvalidInput.class, () -> world.service.recordResult(world.officer, JINHE,
                notified.id(), notified.version(), noProblemOn("2025-06-30")));

        // then
        assertThat(fields(notNotified)).containsExactly("status");
        assertThat(fields(beforeNotice)).containsExactly("inspectedOn");
    }

    @Test
    void a_result_in_the_future_is_refused() {
        // given
        Inspection notified = world.notified(aDraft().on("2025-07-10"));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.service.recordResult(world.officer, JINHE,
                notified.id(), notified.version(), noProblemOn("2025-07-10")));

        // then
        assertThat(fields(refusal)).containsExactly("inspectedOn");
    }

    @Test
    void a_rectification_order_needs_findings_and_a_deadline_after_the_inspection() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> RecordedResult.of(LocalDate.of(2025, 7, 10),
                InspectionResult.RECTIFICATION_ORDERED, " ", LocalDate.of(2025, 7, 10), null));

        // then
        assertThat(fields(refusal)).containsExactly("findings", "rectificationDueOn");
    }

    @Test
    void a_deadline_or_a_case_without_the_matching_result_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> RecordedResult.of(LocalDate.of(2025, 7, 10),
                InspectionResult.NO_PROBLEM, null, LocalDate.of(2025, 7, 20), "锦和罚立字〔2025〕第3号"));

        // then
        assertThat(fields(refusal)).containsExactly("rectificationDueOn", "caseReference");
    }

    @Test
    void a_stale_version_is_refused_sys02() {
        // given
        Inspection proposed = world.proposed(aDraft());

        // when
        StaleRecord refusal = thrown(StaleRecord.class, () -> world.service.approve(world.leader, JINHE,
                proposed.id(), proposed.version() + 1, false));

        // then
        assertThat(refusal.ruleId()).isEqualTo("SYS-02");
    }

    private static RecordedResult noProblemOn(String day) {
        return RecordedResult.of(LocalDate.parse(day), InspectionResult.NO_PROBLEM, null, null, null);
    }
}
