package fazhi.enforcement.service;

import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.Inspection;
import fazhi.enforcement.model.InspectionPlanDetails;
import fazhi.enforcement.model.PlanTargets;
import fazhi.enforcement.model.PlannedItem;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.RuleViolation;
import fazhi.testing.InspectionFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fazhi.testing.InspectionDraftBuilder.aDraft;
import static fazhi.testing.InspectionItemBuilder.anItem;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** ENF-14: an enterprise inspection cites an item of the published inspection items list (清单之外无检查). */
class Enf14InspectionItemListedTest {

    private final InspectionFixture world = new InspectionFixture();

    @Test
    void an_inspection_under_a_published_item_is_proposed_and_keeps_the_items_field() {
        // given
        world.given(anItem().withId("item-mine").coded("JH-JC-007").in(EnforcementField.NON_COAL_MINE_SAFETY));

        // when
        Inspection inspection = world.proposed(aDraft().under("item-mine"));

        // then
        assertThat(inspection.item().code()).isEqualTo("JH-JC-007");
        assertThat(inspection.item().field()).isEqualTo(EnforcementField.NON_COAL_MINE_SAFETY);
        assertThat(world.auditLog.last().action()).isEqualTo("inspection.proposed");
    }

    @Test
    void an_item_not_published_is_refused_and_nothing_is_saved() {
        // given
        world.given(anItem().withId("item-draft").coded("JH-JC-009").unpublished());

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.proposed(aDraft().under("item-draft")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-14");
        assertThat(refusal.legalBasis()).isEqualTo("国办发〔2024〕54号");
        assertThat(refusal.messageKey()).isEqualTo("enf14.itemNotPublished");
        assertThat(refusal.arguments()).first().isEqualTo("JH-JC-009");
        assertThat(world.inspections.saves()).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void an_item_published_after_the_planned_day_is_refused() {
        // given
        world.given(anItem().withId("item-late").publishedOn(LocalDate.of(2025, 7, 15)));

        // when
        RuleViolation refusal = thrown(RuleViolation.class,
                () -> world.proposed(aDraft().under("item-late").on("2025-07-14")));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-14");
        assertThat(refusal.messageKey()).isEqualTo("enf14.itemPublishedLater");
    }

    @Test
    void an_item_published_on_the_planned_day_may_be_cited() {
        // given
        world.given(anItem().withId("item-late").publishedOn(LocalDate.of(2025, 7, 15)));

        // when
        Inspection inspection = world.proposed(aDraft().under("item-late").on("2025-07-15"));

        // then
        assertThat(inspection.item().id()).isEqualTo("item-late");
    }

    @Test
    void an_unknown_item_is_invalid_input_naming_the_field() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.proposed(aDraft().under("no-such-item")));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("itemId");
    }

    @Test
    void another_townships_item_is_not_on_jinhes_list() {
        // given
        world.given(anItem().withId("item-gaocun").of(GAOCUN));

        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> world.proposed(aDraft().under("item-gaocun")));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("itemId");
    }

    @Test
    void a_plan_may_name_only_published_items() {
        // given
        world.given(anItem().withId("item-draft").coded("JH-JC-009").unpublished());
        InspectionPlanDetails plan = new InspectionPlanDetails(2025, "锦和镇人民政府2025年度涉企行政检查计划",
                PlanTargets.none(), List.of(PlannedItem.inQuarter("item-1", 2), PlannedItem.inMonths("item-draft", 5)));

        // when
        RuleViolation refusal = thrown(RuleViolation.class, () -> world.planRegister.create(world.clerk, JINHE, plan));

        // then
        assertThat(refusal.ruleId()).isEqualTo("ENF-14");
        assertThat(refusal.messageKey()).isEqualTo("enf14.planItemNotPublished");
        assertThat(world.plans.saves()).isEmpty();
    }
}
