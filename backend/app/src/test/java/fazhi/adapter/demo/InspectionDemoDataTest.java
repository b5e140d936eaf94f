package fazhi.adapter.demo;

import fazhi.enforcement.model.Certificate;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.OfficerDetails;
import fazhi.enforcement.port.in.ManagingOfficers;
import fazhi.shared.model.Actor;
import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static fazhi.testing.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/**
 * The demo inspections load through the rules on their 2025 dates, once: the published items list and plan, and
 * exactly 25 inspections in the four safety fields, at most two per enterprise (ENF-14).
 */
@QuarkusTest
class InspectionDemoDataTest {

    static final String IN_2025 = "township = 'jinhe' and inspected_on between '2025-01-01' and '2025-12-31'";

    @Inject
    InspectionDemoData demo;
    @Inject
    ManagingOfficers officers;
    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    /** The ten officers DemoDataLoader registers, by name (the test database has none of its own). */
    void theDemoOfficersServeInJinhe() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String name : List.of("龙建国", "滕晓梅", "舒立平", "田志军", "杨春燕", "麻永红", "姚文斌", "张秀兰",
                    "向德胜", "吴海燕")) {
                if (sql.count("select count(*) from officers where township = 'jinhe' and name = ?", name) == 0) {
                    officers.register(Actor.system(), DemoDataLoader.JINHE, new OfficerDetails(name,
                            Department.EMERGENCY, null, new Certificate("湘执法" + UUID.randomUUID().toString()
                            .substring(0, 8), LocalDate.of(2021, 1, 1), LocalDate.of(2030, 12, 31))));
                }
            }
        });
    }

    @Test
    void the_2025_list_plan_and_25_inspections_load_once_within_the_cap() {
        // given
        townships.ensure();
        theDemoOfficersServeInJinhe();

        // when
        QuarkusTransaction.requiringNew().run(demo::load);
        long loaded = sql.count("select count(*) from inspection where township = 'jinhe'");
        QuarkusTransaction.requiringNew().run(demo::load);

        // then: loaded once
        assertThat(sql.count("select count(*) from inspection where township = 'jinhe'")).isEqualTo(loaded);
        // the published list and the plan filed and published
        assertThat(sql.count("select count(*) from inspection_item where township = 'jinhe' and published "
                + "and list_title = ? and code like 'JH-JC-%'", InspectionDemoData.LIST_TITLE)).isEqualTo(9);
        assertThat(sql.count("select count(*) from inspection_plan where township = 'jinhe' and year = 2025 "
                + "and status = 'PUBLISHED' and title = ? and filed_on = '2025-01-16' and published_on = '2025-01-20'",
                InspectionDemoData.PLAN_TITLE)).isEqualTo(1);
        assertThat(sql.count("select count(*) from inspection_plan_item i join inspection_plan p on p.id = i.plan_id "
                + "where p.title = ?", InspectionDemoData.PLAN_TITLE)).isEqualTo(9);
        // exactly 25 done in 2025, all in the four safety fields, each with two officers
        assertThat(sql.count("select count(*) from inspection where " + IN_2025)).isEqualTo(25);
        assertThat(sql.count("select count(*) from inspection where " + IN_2025 + " and status = 'DONE' and field in "
                + "('ROAD_TRAFFIC_SAFETY', 'WATER_TRAFFIC_SAFETY', 'FIRE_SAFETY', 'NON_COAL_MINE_SAFETY')"))
                .isEqualTo(25);
        assertThat(sql.count("select count(distinct field) from inspection where " + IN_2025)).isEqualTo(4);
        assertThat(sql.count("select count(*) from inspection_officer o join inspection i on i.id = o.inspection_id "
                + "where i.township = 'jinhe' and i.inspected_on between '2025-01-01' and '2025-12-31'"))
                .isEqualTo(50);
        // ENF-14: at most two a year per enterprise, of at least 13 enterprises
        assertThat(sql.count("select count(distinct enterprise_credit_code) from inspection where " + IN_2025))
                .isGreaterThanOrEqualTo(13);
        assertThat(sql.count("select max(n) from (select count(*) n from inspection where " + IN_2025
                + " group by enterprise_credit_code) per_enterprise")).isEqualTo(2);
        assertThat(sql.count("select count(*) from inspection where " + IN_2025 + " and beyond_yearly_cap"))
                .isZero();
        // and the public sees the plan without login
        anonymous().queryParam("size", "200").get("/api/v1/public/townships/jinhe/inspection-plans").then()
                .statusCode(200).body("items.title", hasItem(InspectionDemoData.PLAN_TITLE));
    }
}
