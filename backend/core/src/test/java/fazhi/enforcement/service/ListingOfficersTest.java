package fazhi.enforcement.service;

import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.Officer;
import fazhi.enforcement.model.OfficerStatus;
import fazhi.enforcement.port.in.OfficerQuery;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Page;
import fazhi.shared.model.PageRequest;
import fazhi.shared.model.Role;
import fazhi.testing.InMemoryOfficerRepository.Search;
import fazhi.testing.OfficerRegisterFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.OfficerBuilder.anOfficer;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static org.assertj.core.api.Assertions.assertThat;

class ListingOfficersTest {

    private final OfficerRegisterFixture world = new OfficerRegisterFixture();
    private final Actor clerk = a(Role.STAFF).of(JINHE).build();
    private final PageRequest firstPage = PageRequest.of(0, 20, null, OfficerQuery.SORTABLE, OfficerQuery.DEFAULT_SORT);

    @Test
    void the_filters_reach_the_repository_with_today_in_china_standard_time() {
        // given: 16:30 UTC on 30 June is already 1 July in the townships
        world.clock.set(Instant.parse("2025-06-30T16:30:00Z"));
        OfficerQuery query = new OfficerQuery(Department.FORESTRY, OfficerStatus.ACTIVE, 30, "李");

        // when
        world.service.list(clerk, JINHE, query, firstPage);

        // then
        assertThat(world.officers.lastSearch())
                .isEqualTo(new Search(JINHE, query, firstPage, LocalDate.of(2025, 7, 1)));
    }

    @Test
    void today_follows_the_clock() {
        // given
        world.clock.set(Instant.parse("2026-01-15T02:00:00Z"));

        // when
        world.service.list(clerk, JINHE, OfficerQuery.all(), firstPage);

        // then
        assertThat(world.officers.lastSearch().today()).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void the_list_is_the_page_the_repository_answers() {
        // given
        world.given(anOfficer().withId("jinhe-1").of(JINHE));
        world.given(anOfficer().withId("gaocun-1").of(GAOCUN));

        // when
        Page<Officer> page = world.service.list(clerk, JINHE, OfficerQuery.all(), firstPage);

        // then
        assertThat(page.items()).extracting(Officer::id).containsExactly("jinhe-1");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void a_blank_text_filter_means_any_text() {
        assertThat(new OfficerQuery(null, null, null, "  ").text()).isNull();
    }
}
