package fazhi.enforcement.service;

import fazhi.enforcement.model.InspectionPlan;
import fazhi.enforcement.model.InspectionPlanDetails;
import fazhi.enforcement.model.InspectionPlanStatus;
import fazhi.enforcement.model.PlanTargets;
import fazhi.enforcement.model.PlannedItem;
import fazhi.enforcement.port.in.InspectionPlanQuery;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.PageRequest;
import fazhi.testing.InspectionFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** A yearly inspection plan: drafted, filed with the county (备案), published; only a draft is edited. */
class InspectionPlanLifecycleTest {

    private final InspectionFixture world = new InspectionFixture();

    static InspectionPlanDetails plan(List<PlannedItem> items) {
        return new InspectionPlanDetails(2025, "锦和镇人民政府2025年度涉企行政检查计划",
                new PlanTargets(List.of("砂石场", "加油站", "客运渡口"), 15), items);
    }

    static List<String> fields(InvalidInput refusal) {
        return refusal.violations().stream().map(InvalidInput.FieldViolation::field).toList();
    }

    @Test
    void drafted_filed_and_published() {
        // given
        InspectionPlan draft = world.planRegister.create(world.clerk, JINHE,
                plan(List.of(PlannedItem.inMonths("item-1", 9, 3))));

        // when
        InspectionPlan filed = world.planRegister.file(world.leader, JINHE, draft.id(), draft.version(),
                LocalDate.of(2025, 6, 20), "麻司备〔2025〕7号");
        InspectionPlan published = world.planRegister.publish(world.leader, JINHE, filed.id(), filed.version());

        // then
        assertThat(draft.details().items().get(0).months()).containsExactly(3, 9);
        assertThat(published.status()).isEqualTo(InspectionPlanStatus.PUBLISHED);
        assertThat(published.filedOn()).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(published.filingReference()).isEqualTo("麻司备〔2025〕7号");
        assertThat(published.publishedOn()).isEqualTo(InspectionFixture.TODAY);
        assertThat(world.planRegister.published(JINHE, PageRequest.of(0, 20, null,
                InspectionPlanQuery.PUBLIC_SORTABLE, InspectionPlanQuery.PUBLIC_DEFAULT_SORT)).total()).isEqualTo(1);
    }

    @Test
    void a_draft_is_not_published_before_it_is_filed_nor_on_the_public_list() {
        // given
        InspectionPlan draft = world.planRegister.create(world.clerk, JINHE,
                plan(List.of(PlannedItem.inQuarter("item-1", 3))));

        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.planRegister.publish(world.leader, JINHE, draft.id(), draft.version()));

        // then
        assertThat(fields(refusal)).containsExactly("status");
        assertThat(world.planRegister.published(JINHE, PageRequest.of(0, 20, null,
                InspectionPlanQuery.PUBLIC_SORTABLE, InspectionPlanQuery.PUBLIC_DEFAULT_SORT)).total()).isZero();
    }

    @Test
    void a_filed_plan_is_no_longer_edited() {
        // given
        InspectionPlan draft = world.planRegister.create(world.clerk, JINHE,
                plan(List.of(PlannedItem.inQuarter("item-1", 3))));
        InspectionPlan filed = world.planRegister.file(world.leader, JINHE, draft.id(), draft.version(),
                InspectionFixture.TODAY, "麻司备〔2025〕7号");

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.planRegister.update(world.clerk, JINHE,
                filed.id(), filed.version(), plan(List.of(PlannedItem.inQuarter("item-1", 4)))));

        // then
        assertThat(fields(refusal)).containsExactly("status");
    }

    @Test
    void the_filing_needs_its_reference_and_a_day_not_in_the_future() {
        // given
        InspectionPlan draft = world.planRegister.create(world.clerk, JINHE,
                plan(List.of(PlannedItem.inQuarter("item-1", 3))));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.planRegister.file(world.leader, JINHE,
                draft.id(), draft.version(), InspectionFixture.TODAY.plusDays(1), " "));

        // then
        assertThat(fields(refusal)).containsExactly("filedOn", "filingReference");
    }

    @Test
    void only_a_leader_files() {
        // given
        InspectionPlan draft = world.planRegister.create(world.clerk, JINHE,
                plan(List.of(PlannedItem.inQuarter("item-1", 3))));

        // then
        thrown(AccessDenied.class, () -> world.planRegister.file(world.clerk, JINHE, draft.id(), draft.version(),
                InspectionFixture.TODAY, "麻司备〔2025〕7号"));
    }

    @Test
    void each_item_is_scheduled_by_months_or_by_a_quarter_once() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> plan(List.of(
                new PlannedItem("item-1", List.of(3), 2),
                new PlannedItem("item-2", List.of(13), null),
                new PlannedItem("item-1", List.of(), 5))));

        // then
        assertThat(fields(refusal)).containsExactly("items[0].months", "items[1].months", "items[2].itemId",
                "items[2].quarter");
    }

    @Test
    void an_item_not_on_the_list_is_named() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.planRegister.create(world.clerk, JINHE,
                plan(List.of(PlannedItem.inQuarter("item-1", 3), PlannedItem.inQuarter("no-such-item", 4)))));

        // then
        assertThat(fields(refusal)).containsExactly("items[1].itemId");
    }
}
