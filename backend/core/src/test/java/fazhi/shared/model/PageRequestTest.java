package fazhi.shared.model;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

class PageRequestTest {

    private static final Set<String> SORTABLE = Set.of("name", "createdAt");
    private static final String DEFAULT_SORT = "createdAt,desc";

    @Test
    void without_a_sort_the_list_default_applies() {
        // when
        PageRequest page = PageRequest.of(0, 20, null, SORTABLE, DEFAULT_SORT);

        // then
        assertThat(page).isEqualTo(new PageRequest(0, 20, "createdAt", false));
    }

    @Test
    void a_blank_sort_means_the_default_too() {
        // when
        PageRequest page = PageRequest.of(0, 20, "  ", SORTABLE, DEFAULT_SORT);

        // then
        assertThat(page.sortField()).isEqualTo("createdAt");
        assertThat(page.ascending()).isFalse();
    }

    @Test
    void a_field_without_direction_sorts_ascending() {
        // when
        PageRequest page = PageRequest.of(2, 20, "name", SORTABLE, DEFAULT_SORT);

        // then
        assertThat(page.sortField()).isEqualTo("name");
        assertThat(page.ascending()).isTrue();
        assertThat(page.offset()).isEqualTo(40);
    }

    @Test
    void the_direction_is_read_in_any_case() {
        // when
        PageRequest page = PageRequest.of(0, 20, "name,DESC", SORTABLE, DEFAULT_SORT);

        // then
        assertThat(page.ascending()).isFalse();
    }

    @Test
    void a_field_the_list_does_not_offer_is_refused_on_sort() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> PageRequest.of(0, 20, "phone,asc", SORTABLE, DEFAULT_SORT));

        // then
        assertThat(refusal.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("sort");
            assertThat(v.messageKey()).isEqualTo("page.sort");
            assertThat(v.arguments()).containsExactly("createdAt, name");
        });
    }

    @Test
    void a_direction_other_than_asc_or_desc_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> PageRequest.of(0, 20, "name,upwards", SORTABLE, DEFAULT_SORT));

        // then
        assertThat(refusal.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("sort");
            assertThat(v.messageKey()).isEqualTo("page.sort.direction");
        });
    }

    @Test
    void more_than_field_and_direction_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> PageRequest.of(0, 20, "name,asc,desc", SORTABLE, DEFAULT_SORT));

        // then
        assertThat(refusal.violations()).singleElement()
                .satisfies(v -> assertThat(v.messageKey()).isEqualTo("page.sort"));
    }

    @Test
    void a_page_of_no_rows_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> PageRequest.of(0, 0, null, SORTABLE, DEFAULT_SORT));

        // then
        assertThat(refusal.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("size");
            assertThat(v.arguments()).containsExactly(200);
        });
    }

    @Test
    void a_page_of_201_rows_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> PageRequest.of(0, 201, null, SORTABLE, DEFAULT_SORT));

        // then
        assertThat(refusal.violations()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("size"));
    }

    @Test
    void a_page_of_200_rows_is_the_largest_allowed() {
        // when
        PageRequest page = PageRequest.of(0, 200, null, SORTABLE, DEFAULT_SORT);

        // then
        assertThat(page.size()).isEqualTo(200);
    }

    @Test
    void a_negative_page_is_refused() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class,
                () -> PageRequest.of(-1, 20, null, SORTABLE, DEFAULT_SORT));

        // then
        assertThat(refusal.violations()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("page"));
    }
}
