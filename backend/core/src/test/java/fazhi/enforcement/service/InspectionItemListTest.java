package fazhi.enforcement.service;

import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.InspectionItem;
import fazhi.enforcement.model.InspectionItemDetails;
import fazhi.enforcement.model.InspectionMethod;
import fazhi.enforcement.port.in.InspectionItemQuery;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.TownshipCode;
import fazhi.testing.InspectionFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fazhi.testing.InspectionItemBuilder.LIST_TITLE;
import static fazhi.testing.InspectionItemBuilder.anItem;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** The inspection items list: kept by clerks, published by a leader, public once published. */
class InspectionItemListTest {

    private final InspectionFixture world = new InspectionFixture();
    private final PageRequest firstPage = PageRequest.of(0, 20, null, InspectionItemQuery.PUBLIC_SORTABLE,
            InspectionItemQuery.PUBLIC_DEFAULT_SORT);

    static InspectionItemDetails item(String code, Integer cap) {
        return new InspectionItemDetails(LIST_TITLE, code, "对非煤矿山企业安全生产条件的检查", "辖区内砂石场、采石场",
                "《中华人民共和国安全生产法》第六十五条", Department.EMERGENCY, EnforcementField.NON_COAL_MINE_SAFETY,
                InspectionMethod.DOUBLE_RANDOM, cap);
    }

    @Test
    void an_item_without_a_cap_gets_the_townships_default() {
        // when
        InspectionItem item = world.itemList.create(world.clerk, JINHE, item("JH-JC-007", null));

        // then
        assertThat(item.details().yearlyCap()).isEqualTo(2);
        assertThat(item.published()).isFalse();
        assertThat(world.auditLog.last().action()).isEqualTo("inspectionItem.created");
    }

    @Test
    void an_item_keeps_its_own_cap() {
        // when
        InspectionItem item = world.itemList.create(world.clerk, JINHE, item("JH-JC-007", 1));

        // then
        assertThat(item.details().yearlyCap()).isEqualTo(1);
    }

    @Test
    void a_cap_out_of_range_and_blank_fields_are_refused_together() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> new InspectionItemDetails(" ", "JH-1", "名称", null,
                "", Department.EMERGENCY, null, InspectionMethod.ROUTINE, 13));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field)
                .containsExactly("listTitle", "legalBasis", "field", "yearlyCap");
    }

    @Test
    void a_code_is_unique_in_the_township() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> world.itemList.create(world.clerk, JINHE, item("JH-JC-001", null)));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("code");
    }

    @Test
    void a_leader_publishes_an_item_today_once() {
        // given
        InspectionItem item = world.itemList.create(world.clerk, JINHE, item("JH-JC-007", null));

        // when
        InspectionItem published = world.itemList.publish(world.leader, JINHE, item.id(), item.version());
        InvalidInput again = thrown(InvalidInput.class,
                () -> world.itemList.publish(world.leader, JINHE, item.id(), published.version()));

        // then
        assertThat(published.publishedOn()).isEqualTo(InspectionFixture.TODAY);
        assertThat(again.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("status");
    }

    @Test
    void the_public_list_holds_the_published_items_only() {
        // given
        world.given(anItem().withId("item-draft").coded("JH-JC-009").unpublished());
        world.given(anItem().withId("item-2").coded("JH-JC-002").publishedOn(LocalDate.of(2025, 1, 10)));

        // then
        assertThat(world.itemList.published(JINHE, firstPage).items()).extracting(InspectionItem::id)
                .containsExactlyInAnyOrder("item-1", "item-2");
    }

    @Test
    void the_public_list_of_a_township_that_does_not_exist_is_not_found() {
        thrown(RecordNotFound.class, () -> world.itemList.published(TownshipCode.of("nowhere"), firstPage));
    }
}
