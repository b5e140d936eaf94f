package fazhi.adapter.rest.audit;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** SYS-01 through the API: every change is audited, and the township's hash chain can be verified. */
@QuarkusTest
class AuditApiTest {

    static final String EVENTS = "/api/v1/audit-events";
    static final String VERIFY = "/api/v1/audit-events/verify";

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    String registerAndRename(Users clerk, String township) {
        String name = "审" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of("name", name, "department", "FORESTRY");
        String id = as(clerk).body(body).post("/api/v1/townships/{t}/officers", township)
                .then().statusCode(201).extract().path("id");
        as(clerk).header("If-Match", "\"0\"").body(Map.of("name", name + "改", "department", "FORESTRY"))
                .put("/api/v1/townships/{t}/officers/{id}", township, id).then().statusCode(200);
        return id;
    }

    @Test
    void sys01_every_change_writes_an_event_with_who_what_and_the_changed_fields() {
        String id = registerAndRename(Users.JINHE_STAFF, "jinhe");
        as(Users.JINHE_AUDITOR).queryParam("recordType", "officer").queryParam("recordId", id)
                .queryParam("sort", "sequence,asc").get(EVENTS)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.action", equalTo(List.of("officer.registered", "officer.updated")))
                .body("items.actor", everyItem(equalTo("t-staff")))
                .body("items[1].changes.name.after", notNullValue())
                .body("items[1].changes.department", nullValue())
                .body("items[1].previousHash", equalTo(
                        as(Users.JINHE_AUDITOR).queryParam("recordId", id).queryParam("sort", "sequence,asc")
                                .get(EVENTS).then().extract().path("items[0].hash")));
    }

    @Test
    void sys01_a_refused_change_writes_no_event() {
        long before = sql.count("select count(*) from audit_events");
        as(Users.JINHE_STAFF).body(Map.of("name", "张".repeat(51), "department", "FORESTRY"))
                .post("/api/v1/townships/jinhe/officers").then().statusCode(422);
        assertThat(sql.count("select count(*) from audit_events")).isEqualTo(before);
    }

    @Test
    void the_log_filters_by_actor_and_time_range() {
        registerAndRename(Users.GAOCUN_STAFF, "gaocun");
        as(Users.COUNTY_AUDITOR).queryParam("actor", "t-gaocun-staff").get(EVENTS)
                .then().statusCode(200).body("total", greaterThan(1))
                .body("items.township", everyItem(equalTo("gaocun")));
        as(Users.COUNTY_AUDITOR).queryParam("from", "2000-01-01T00:00:00+08:00")
                .queryParam("to", "2000-01-02T00:00:00+08:00").get(EVENTS)
                .then().statusCode(200).body("total", equalTo(0));
        as(Users.COUNTY_AUDITOR).queryParam("from", "yesterday").get(EVENTS)
                .then().statusCode(422).body("violations.field", hasItem("from"));
    }

    @Test
    void auditors_read_their_townships_leaders_their_own_others_may_not() {
        registerAndRename(Users.GAOCUN_STAFF, "gaocun");
        as(Users.JINHE_AUDITOR).get(EVENTS).then().statusCode(200)
                .body("items.township", everyItem(equalTo("jinhe")));
        as(Users.JINHE_LEADER).queryParam("township", "jinhe").get(EVENTS).then().statusCode(200);
        as(Users.JINHE_LEADER).queryParam("township", "gaocun").get(EVENTS).then().statusCode(404);
        as(Users.JINHE_AUDITOR).queryParam("township", "gaocun").get(EVENTS).then().statusCode(404);
        as(Users.JINHE_STAFF).get(EVENTS).then().statusCode(403);
        as(Users.COUNTY_SYSTEM).get(EVENTS).then().statusCode(403);
        anonymous().get(EVENTS).then().statusCode(401);
    }

    @Test
    void verify_roles_401_403_404() {
        as(Users.JINHE_AUDITOR).queryParam("township", "jinhe").get(VERIFY).then().statusCode(200);
        as(Users.JINHE_LEADER).queryParam("township", "jinhe").get(VERIFY).then().statusCode(200);
        as(Users.JINHE_STAFF).queryParam("township", "jinhe").get(VERIFY).then().statusCode(403);
        as(Users.JINHE_AUDITOR).queryParam("township", "gaocun").get(VERIFY).then().statusCode(404);
        as(Users.JINHE_AUDITOR).get(VERIFY).then().statusCode(422).body("violations.field", hasItem("township"));
        anonymous().queryParam("township", "jinhe").get(VERIFY).then().statusCode(401);
    }

    @Test
    void sys01_the_chain_verifies_and_a_row_changed_in_sql_is_named() {
        registerAndRename(Users.GAOCUN_STAFF, "gaocun");
        as(Users.COUNTY_AUDITOR).queryParam("township", "gaocun").get(VERIFY)
                .then().statusCode(200).body("intact", equalTo(true)).body("firstBrokenEvent", nullValue())
                .body("eventsChecked", greaterThan(1));

        var events = as(Users.COUNTY_AUDITOR).queryParam("township", "gaocun").queryParam("sort", "sequence,asc")
                .queryParam("size", "200").get(EVENTS).then().extract();
        String victim = events.path("items[1].id");
        // other test classes may have written gaocun's early events: put back exactly what was there
        String actor = events.path("items[1].actor");
        try {
            sql.update("update audit_events set actor = 'mallory' where id = ?", victim);
            as(Users.COUNTY_AUDITOR).queryParam("township", "gaocun").get(VERIFY)
                    .then().statusCode(200).body("intact", equalTo(false))
                    .body("firstBrokenEvent.id", equalTo(victim))
                    .body("firstBrokenEvent.reason", equalTo("HASH_MISMATCH"));
        } finally {
            sql.update("update audit_events set actor = ? where id = ?", actor, victim);
        }
        as(Users.COUNTY_AUDITOR).queryParam("township", "gaocun").get(VERIFY).then().body("intact", equalTo(true));
    }
}
