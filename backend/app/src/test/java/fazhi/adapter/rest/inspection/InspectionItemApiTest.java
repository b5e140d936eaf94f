package fazhi.adapter.rest.inspection;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static fazhi.adapter.rest.inspection.InspectionFixtures.ITEM;
import static fazhi.adapter.rest.inspection.InspectionFixtures.ITEMS;
import static fazhi.adapter.rest.inspection.InspectionFixtures.PROBLEM;
import static fazhi.adapter.rest.inspection.InspectionFixtures.PUBLIC_ITEMS;
import static fazhi.adapter.rest.inspection.InspectionFixtures.draftItem;
import static fazhi.adapter.rest.inspection.InspectionFixtures.item;
import static fazhi.adapter.rest.inspection.InspectionFixtures.publishedItem;
import static fazhi.adapter.rest.inspection.InspectionFixtures.today;
import static fazhi.adapter.rest.inspection.InspectionFixtures.unique;
import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The inspection items list: /api/v1/townships/{t}/inspection-items, its publish action and the public list. */
@QuarkusTest
class InspectionItemApiTest {

    static final String PUBLISH = ITEM + "/actions/publish";

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    long itemsCoded(String code) {
        return sql.count("select count(*) from inspection_item where code = ?", code);
    }

    @Test
    void a_clerk_adds_an_item_with_the_townships_default_cap_unpublished() {
        String code = unique("T-");
        as(Users.JINHE_STAFF).body(item(code)).post(ITEMS, "jinhe").then().statusCode(201)
                .header("Location", containsString("/api/v1/townships/jinhe/inspection-items/"))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("listTitle", equalTo("麻阳苗族自治县锦和镇涉企行政检查事项清单"))
                .body("yearlyCap", equalTo(2))
                .body("published", equalTo(false))
                .body("publishedOn", nullValue());
    }

    @Test
    void roles_that_do_not_keep_the_list_get_403_anonymous_401_another_township_404() {
        for (Users user : new Users[] {Users.JINHE_OFFICER, Users.JINHE_REVIEWER, Users.JINHE_AUDITOR,
                Users.COUNTY_SYSTEM, Users.ADMIN}) {
            String code = unique("T-");
            as(user).body(item(code)).post(ITEMS, "jinhe").then().statusCode(403).contentType(PROBLEM);
            assertThat(itemsCoded(code)).isZero();
        }
        anonymous().body(item(unique("T-"))).post(ITEMS, "jinhe").then().statusCode(401).contentType(PROBLEM);
        as(Users.GAOCUN_STAFF).body(item(unique("T-"))).post(ITEMS, "jinhe").then().statusCode(404);
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_written() {
        String code = unique("T-");
        Map<String, Object> noBasis = item(code);
        noBasis.remove("legalBasis");
        as(Users.JINHE_STAFF).body(noBasis).post(ITEMS, "jinhe").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItem("legalBasis"));
        Map<String, Object> badMethod = item(code);
        badMethod.put("method", "SURPRISE");
        as(Users.JINHE_STAFF).body(badMethod).post(ITEMS, "jinhe").then().statusCode(400)
                .body("violations.field", hasItem("method"));
        Map<String, Object> badCap = item(code);
        badCap.put("yearlyCap", 13);
        as(Users.JINHE_STAFF).body(badCap).post(ITEMS, "jinhe").then().statusCode(422)
                .body("violations.field", hasItem("yearlyCap"));
        assertThat(itemsCoded(code)).isZero();
    }

    @Test
    void a_code_is_unique_in_the_township_but_free_in_another() {
        String code = unique("T-");
        as(Users.JINHE_STAFF).body(item(code)).post(ITEMS, "jinhe").then().statusCode(201);
        as(Users.JINHE_STAFF).body(item(code)).post(ITEMS, "jinhe").then().statusCode(422)
                .body("violations.field", hasItem("code"));
        as(Users.GAOCUN_STAFF).body(item(code)).post(ITEMS, "gaocun").then().statusCode(201);
    }

    @Test
    void a_leader_publishes_with_the_etag_once() {
        String id = draftItem();
        as(Users.JINHE_STAFF).header("If-Match", "\"0\"").post(PUBLISH, "jinhe", id).then().statusCode(403);
        as(Users.JINHE_LEADER).post(PUBLISH, "jinhe", id).then().statusCode(428).body("rule", equalTo("SYS-02"));
        as(Users.JINHE_LEADER).header("If-Match", "\"5\"").post(PUBLISH, "jinhe", id).then().statusCode(412);
        as(Users.GAOCUN_LEADER).header("If-Match", "\"0\"").post(PUBLISH, "jinhe", id).then().statusCode(404);
        as(Users.JINHE_LEADER).header("If-Match", "\"0\"").post(PUBLISH, "jinhe", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("published", equalTo(true))
                .body("publishedOn", equalTo(today().toString()));
        as(Users.JINHE_LEADER).header("If-Match", "\"1\"").post(PUBLISH, "jinhe", id).then().statusCode(422)
                .body("violations.field", hasItem("status"));
    }

    @Test
    void a_clerk_edits_with_the_etag_read() {
        String id = draftItem();
        Map<String, Object> edited = item(unique("T-"));
        edited.put("yearlyCap", 1);
        edited.put("method", "SPECIAL");
        as(Users.JINHE_STAFF).body(edited).put(ITEM, "jinhe", id).then().statusCode(428);
        as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(edited).put(ITEM, "jinhe", id).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("yearlyCap", equalTo(1))
                .body("method", equalTo("SPECIAL"));
        as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(edited).put(ITEM, "jinhe", id).then()
                .statusCode(412);
        as(Users.JINHE_OFFICER).header("If-Match", "\"1\"").body(edited).put(ITEM, "jinhe", id).then()
                .statusCode(403);
    }

    @Test
    void every_township_role_reads_and_the_list_filters() {
        String published = publishedItem();
        String draft = draftItem();
        for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_OFFICER, Users.JINHE_REVIEWER,
                Users.JINHE_LEADER, Users.JINHE_AUDITOR, Users.COUNTY_AUDITOR, Users.COUNTY_SYSTEM, Users.ADMIN}) {
            as(user).get(ITEM, "jinhe", published).then().statusCode(200).header("ETag", equalTo("\"1\""));
        }
        as(Users.GAOCUN_STAFF).get(ITEM, "jinhe", published).then().statusCode(404);
        anonymous().get(ITEMS, "jinhe").then().statusCode(401);
        as(Users.JINHE_OFFICER).queryParam("published", "true").queryParam("size", "200").get(ITEMS, "jinhe")
                .then().statusCode(200).body("items.id", hasItem(published)).body("items.id", not(hasItem(draft)));
        as(Users.JINHE_OFFICER).queryParam("published", "maybe").get(ITEMS, "jinhe").then().statusCode(422)
                .body("violations.field", hasItem("published"));
        as(Users.JINHE_OFFICER).queryParam("field", "NON_COAL_MINE_SAFETY").queryParam("method", "DOUBLE_RANDOM")
                .queryParam("q", "非煤矿山").queryParam("sort", "publishedOn,desc").get(ITEMS, "jinhe").then()
                .statusCode(200).body("items.field", everyItem(equalTo("NON_COAL_MINE_SAFETY")));
    }

    @Test
    void the_public_list_shows_published_items_without_login() {
        String published = publishedItem();
        String draft = draftItem();
        anonymous().queryParam("size", "200").get(PUBLIC_ITEMS, "jinhe").then().statusCode(200)
                .body("items.id", hasItem(published))
                .body("items.id", not(hasItem(draft)))
                .body("items.legalBasis", everyItem(not(nullValue())));
        anonymous().get(PUBLIC_ITEMS, "nowhere").then().statusCode(404).contentType(PROBLEM);
        anonymous().queryParam("sort", "legalBasis,asc").get(PUBLIC_ITEMS, "jinhe").then().statusCode(422);
    }
}
