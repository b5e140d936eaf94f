package fazhi.adapter.rest.township;

import fazhi.testing.Settings;
import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static fazhi.testing.Settings.SETTINGS;
import static fazhi.testing.Settings.defaults;
import static fazhi.testing.Settings.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** GET/PUT /api/v1/townships/{t}/settings: read by every township role, changed by the county's admin. */
@QuarkusTest
class TownshipSettingsApiTest {

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    @AfterEach
    void backToTheDefaults() {
        Settings.put("gaocun", defaults());
    }

    @Test
    void every_township_role_reads_them_anonymous_callers_do_not() {
        for (Users user : new Users[] {Users.GAOCUN_STAFF, Users.GAOCUN_LEADER, Users.COUNTY_AUDITOR,
                Users.COUNTY_SYSTEM, Users.ADMIN}) {
            as(user).get(SETTINGS, "gaocun").then().statusCode(200)
                    .body("township", equalTo("gaocun"))
                    .body("hearingThresholdIndividual", equalTo("10000.00"))
                    .body("inspectionsPerEnterpriseYearly", equalTo(2));
        }
        anonymous().get(SETTINGS, "gaocun").then().statusCode(401);
    }

    @Test
    void the_admin_changes_them_with_if_match_and_the_change_is_audited_with_old_and_new_values() {
        String etag = as(Users.ADMIN).get(SETTINGS, "gaocun").then().statusCode(200).extract().header("ETag");
        String changedCap = "select count(*) from audit_events where township = 'gaocun'"
                + " and action = 'settings.changed' and changes like '%inspectionsPerEnterpriseYearly%'";
        long eventsBefore = sql.count(changedCap);

        String saved = as(Users.ADMIN).header("If-Match", etag).body(with("inspectionsPerEnterpriseYearly", 3))
                .put(SETTINGS, "gaocun").then().statusCode(200)
                .body("inspectionsPerEnterpriseYearly", equalTo(3))
                .body("ownValues", equalTo(true))
                .body("updatedBy", equalTo(Users.ADMIN.username()))
                .extract().header("ETag");

        assertThat(saved).isNotEqualTo(etag);
        as(Users.GAOCUN_STAFF).get(SETTINGS, "gaocun").then().header("ETag", saved)
                .body("inspectionsPerEnterpriseYearly", equalTo(3));
        assertThat(sql.count(changedCap)).isEqualTo(eventsBefore + 1);
        // the old version no longer applies (SYS-02), and no If-Match at all is 428
        as(Users.ADMIN).header("If-Match", etag).body(defaults()).put(SETTINGS, "gaocun").then().statusCode(412);
        as(Users.ADMIN).body(defaults()).put(SETTINGS, "gaocun").then().statusCode(428);
    }

    @Test
    void a_township_role_may_read_but_not_change_them() {
        String etag = as(Users.GAOCUN_LEADER).get(SETTINGS, "gaocun").then().extract().header("ETag");
        for (Users user : new Users[] {Users.GAOCUN_LEADER, Users.GAOCUN_STAFF, Users.COUNTY_AUDITOR,
                Users.COUNTY_SYSTEM}) {
            as(user).header("If-Match", etag).body(with("disputeMediationDays", 20)).put(SETTINGS, "gaocun")
                    .then().statusCode(403);
        }
        anonymous().header("If-Match", etag).body(defaults()).put(SETTINGS, "gaocun").then().statusCode(401);
    }

    @Test
    void another_townships_settings_are_404_even_with_a_bad_body() {
        as(Users.JINHE_STAFF).get(SETTINGS, "gaocun").then().statusCode(404);
        as(Users.JINHE_LEADER).header("If-Match", "\"0\"").body(Map.of("hearingThresholdIndividual", "x"))
                .put(SETTINGS, "gaocun").then().statusCode(404);
        as(Users.ADMIN).get(SETTINGS, "nowhere").then().statusCode(404);
    }

    @Test
    void values_out_of_range_or_malformed_are_422_naming_the_field_and_nothing_changes() {
        String etag = as(Users.ADMIN).get(SETTINGS, "gaocun").then().extract().header("ETag");
        as(Users.ADMIN).header("If-Match", etag).body(with("inspectionsPerEnterpriseYearly", 0))
                .put(SETTINGS, "gaocun").then().statusCode(422)
                .body("violations.field", hasItem("inspectionsPerEnterpriseYearly"));
        as(Users.ADMIN).header("If-Match", etag).body(with("contractMajorThreshold", "五十万"))
                .put(SETTINGS, "gaocun").then().statusCode(422)
                .body("violations.field", hasItem("contractMajorThreshold"));
        as(Users.ADMIN).header("If-Match", etag).body(with("disputeMediationDays", null))
                .put(SETTINGS, "gaocun").then().statusCode(422)
                .body("violations.field", hasItem("disputeMediationDays"));
        as(Users.ADMIN).get(SETTINGS, "gaocun").then().header("ETag", etag);
    }
}
