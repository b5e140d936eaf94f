package fazhi.adapter.demo;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The matters list and the seed's three exam registrations of Jinhe 2025 load through the use cases, once. */
@QuarkusTest
class MatterDemoDataTest {

    static final String VALID_AT_YEAR_END = "select count(*) from officers where township = 'jinhe' "
            + "and status = 'ACTIVE' and certificate_issued_on <= '2025-12-31' and certificate_expires_on >= '2025-12-31'";

    @Inject
    MatterDemoData demo;
    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    long count(String sql, Object... parameters) {
        return this.sql.count(sql, parameters);
    }

    @Test
    void jinhe_has_its_published_matters_and_three_2025_registrations_and_a_second_load_adds_nothing() {
        // given
        townships.ensure();
        long validAtYearEnd = count(VALID_AT_YEAR_END);

        // when
        QuarkusTransaction.requiringNew().run(demo::load);
        long matters = count("select count(*) from enforcement_matter where township = 'jinhe'");
        long officers = count("select count(*) from officers where township = 'jinhe'");
        QuarkusTransaction.requiringNew().run(demo::load);

        // then: loaded once
        assertThat(count("select count(*) from enforcement_matter where township = 'jinhe'")).isEqualTo(matters);
        assertThat(count("select count(*) from officers where township = 'jinhe'")).isEqualTo(officers);
        // about twelve published, mostly delegated by the county with its document
        assertThat(count("select count(*) from enforcement_matter where township = 'jinhe' and published "
                + "and published_on = '2025-03-10'")).isEqualTo(12);
        assertThat(count("select count(*) from enforcement_matter where township = 'jinhe' and published "
                + "and source = 'COUNTY_DELEGATED' and delegation_reference = '麻政发〔2024〕8号'")).isEqualTo(11);
        assertThat(count("select count(*) from enforcement_matter where township = 'jinhe' and not published"))
                .isEqualTo(1);
        for (String field : new String[] {"ROAD_TRAFFIC_SAFETY", "WATER_TRAFFIC_SAFETY", "FIRE_SAFETY",
                "NON_COAL_MINE_SAFETY", "FORESTRY"}) {
            assertThat(count("select count(*) from enforcement_matter where township = 'jinhe' and published "
                    + "and field = ?", field)).as(field).isPositive();
        }
        assertThat(count("select count(*) from enforcement_matter where township = 'jinhe' "
                + "and legal_basis like '%《中华人民共和国消防法》第六十四条%'")).isEqualTo(1);
        // 3人报名参加行政执法资格证考试
        assertThat(count("select count(*) from exam_registration where township = 'jinhe' and exam_year = 2025"))
                .isEqualTo(3);
        assertThat(count("select count(*) from exam_registration where township = 'jinhe' and exam_year = 2025 "
                + "and status = 'PASSED' and officer_id is not null")).isEqualTo(2);
        assertThat(count("select count(*) from exam_registration where township = 'jinhe' and exam_year = 2025 "
                + "and status = 'FAILED' and officer_id is null")).isEqualTo(1);
        // the passes are officers now, holding the certificates they issued
        assertThat(count("select count(*) from officers o join exam_registration r on r.officer_id = o.id "
                + "where r.township = 'jinhe' and o.certificate_number = r.certificate_number "
                + "and o.certificate_issued_on = '2026-01-16'")).isEqualTo(2);
        // 已取得执法证人员有10人: no pass adds an officer valid on 2025-12-31
        assertThat(count(VALID_AT_YEAR_END)).isEqualTo(validAtYearEnd);
    }
}
