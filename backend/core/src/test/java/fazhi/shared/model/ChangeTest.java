package fazhi.shared.model;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeTest {

    @Test
    void only_fields_whose_value_differs_are_changes() {
        // given
        Map<String, String> before = Map.of("name", "李明", "department", "EMERGENCY");
        Map<String, String> after = Map.of("name", "李明", "department", "FORESTRY");

        // when
        Map<String, Change> changes = Change.between(before, after);

        // then
        assertThat(changes).containsExactly(Map.entry("department", new Change("EMERGENCY", "FORESTRY")));
    }

    @Test
    void a_field_that_appears_changes_from_null() {
        // when
        Map<String, Change> changes = Change.between(Map.of(), Map.of("status", "ACTIVE"));

        // then
        assertThat(changes).containsExactly(Map.entry("status", new Change(null, "ACTIVE")));
    }

    @Test
    void a_field_that_disappears_changes_to_null() {
        // given
        Map<String, String> after = new HashMap<>();
        after.put("suspensionReason", null);

        // when
        Map<String, Change> changes = Change.between(Map.of("suspensionReason", "证件过期"), after);

        // then
        assertThat(changes).containsExactly(Map.entry("suspensionReason", new Change("证件过期", null)));
    }

    @Test
    void a_field_null_on_both_sides_is_no_change() {
        // given
        Map<String, String> before = new HashMap<>();
        before.put("phone", null);

        // when
        Map<String, Change> changes = Change.between(before, Map.of());

        // then
        assertThat(changes).isEmpty();
    }

    @Test
    void changes_come_in_field_name_order() {
        // when
        Map<String, Change> changes = Change.between(Map.of(), Map.of("status", "A", "name", "B", "department", "C"));

        // then
        assertThat(changes.keySet()).containsExactly("department", "name", "status");
    }
}
