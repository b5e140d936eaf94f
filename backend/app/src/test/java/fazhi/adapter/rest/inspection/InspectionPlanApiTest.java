package fazhi.adapter.rest.inspection;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fazhi.adapter.rest.inspection.InspectionFixtures.PLAN;
import static fazhi.adapter.rest.inspection.InspectionFixtures.PLANS;
import static fazhi.adapter.rest.inspection.InspectionFixtures.PROBLEM;
import static fazhi.adapter.rest.inspection.InspectionFixtures.PUBLIC_PLANS;
import static fazhi.adapter.rest.inspection.InspectionFixtures.draftItem;
import static fazhi.adapter.rest.inspection.InspectionFixtures.publishedItem;
import static fazhi.adapter.rest.inspection.InspectionFixtures.today;
import static fazhi.adapter.rest.inspection.InspectionFixtures.unique;
import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Yearly inspection plans: /api/v1/townships/{t}/inspection-plans, actions file and publish, the public list. */
@QuarkusTest
class InspectionPlanApiTest {

    static final String ACTION = PLAN + "/actions/{verb}";

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    String mine;
    String fire;

    @BeforeEach
    void twoPublishedItems() {
        townships.ensure();
        mine = publishedItem();
        fire = publishedItem();
    }

    Map<String, Object> plan(String title, List<Map<String, Object>> items) {
        return Map.of("year", 2025, "title", title,
                "targets", Map.of("enterpriseKinds", List.of("砂石场", "加油站"), "enterpriseCount", 15),
                "items", items);
    }

    Map<String, Object> plan(String title) {
        return plan(title, List.of(Map.of("itemId", mine, "months", List.of(9, 3)),
                Map.of("itemId", fire, "quarter", 2)));
    }

    String drafted(String title) {
        return as(Users.JINHE_STAFF).body(plan(title)).post(PLANS, "jinhe").then().statusCode(201).extract().path("id");
    }

    long plansTitled(String title) {
        return sql.count("select count(*) from inspection_plan where title = ?", title);
    }

    @Test
    void a_clerk_drafts_a_plan_of_published_items_with_their_schedule() {
        String title = unique("锦和镇人民政府2025年度涉企行政检查计划");
        as(Users.JINHE_STAFF).body(plan(title)).post(PLANS, "jinhe").then().statusCode(201)
                .header("Location", containsString("/api/v1/townships/jinhe/inspection-plans/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("targets.enterpriseKinds", equalTo(List.of("砂石场", "加油站")))
                .body("targets.enterpriseCount", equalTo(15))
                .body("items[0].itemId", equalTo(mine))
                .body("items[0].field", equalTo("NON_COAL_MINE_SAFETY"))
                .body("items[0].months", equalTo(List.of(3, 9)))
                .body("items[1].quarter", equalTo(2));
        assertThat(sql.count("select count(*) from inspection_plan_item i join inspection_plan p on p.id = i.plan_id "
                + "where p.title = ?", title)).isEqualTo(2);
    }

    @Test
    void an_unpublished_item_is_refused_by_enf14() {
        String title = unique("计划");
        as(Users.JINHE_STAFF).body(plan(title, List.of(Map.of("itemId", draftItem(), "quarter", 1))))
                .post(PLANS, "jinhe").then().statusCode(422).contentType(PROBLEM)
                .body("rule", equalTo("ENF-14"))
                .body("legalBasis", equalTo("国办发〔2024〕54号"));
        assertThat(plansTitled(title)).isZero();
    }

    @Test
    void bad_items_are_422_naming_their_position() {
        as(Users.JINHE_STAFF).body(plan(unique("计划"), List.of(Map.of("itemId", mine, "quarter", 1),
                        Map.of("itemId", "no-such-item", "quarter", 2))))
                .post(PLANS, "jinhe").then().statusCode(422).body("violations.field", hasItem("items[1].itemId"));
        as(Users.JINHE_STAFF).body(plan(unique("计划"), List.of(Map.of("itemId", mine, "quarter", 1,
                        "months", List.of(3)))))
                .post(PLANS, "jinhe").then().statusCode(422).body("violations.field", hasItem("items[0].months"));
        as(Users.JINHE_STAFF).body(Map.of("year", 2025, "title", "无事项的计划", "items", List.of()))
                .post(PLANS, "jinhe").then().statusCode(422).body("violations.field", hasItem("items"));
        as(Users.JINHE_STAFF).body("{\"year\":2025,\"title\":\"计划\",\"targets\":{\"enterpriseKinds\":[null]},"
                        + "\"items\":[{\"itemId\":\"" + mine + "\",\"months\":[null]}]}")
                .post(PLANS, "jinhe").then().statusCode(422)
                .body("violations.field", hasItem("targets.enterpriseKinds[0]"))
                .body("violations.field", hasItem("items[0].months"));
    }

    @Test
    void roles_403_anonymous_401_other_township_404() {
        for (Users user : new Users[] {Users.JINHE_OFFICER, Users.JINHE_AUDITOR, Users.JINHE_REVIEWER}) {
            String title = unique("计划");
            as(user).body(plan(title)).post(PLANS, "jinhe").then().statusCode(403).contentType(PROBLEM);
            assertThat(plansTitled(title)).isZero();
        }
        anonymous().body(plan(unique("计划"))).post(PLANS, "jinhe").then().statusCode(401);
        as(Users.GAOCUN_STAFF).body(plan(unique("计划"))).post(PLANS, "jinhe").then().statusCode(404);
        String id = drafted(unique("计划"));
        as(Users.GAOCUN_LEADER).get(PLAN, "jinhe", id).then().statusCode(404);
        as(Users.JINHE_AUDITOR).get(PLAN, "jinhe", id).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void a_leader_files_then_publishes_and_it_shows_on_the_public_list() {
        String title = unique("锦和镇人民政府2025年度涉企行政检查计划");
        String id = drafted(title);
        Map<String, Object> filing = Map.of("filedOn", today().toString(), "filingReference", "麻司行备〔2025〕7号");
        as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(filing).post(ACTION, "jinhe", id, "file").then()
                .statusCode(403);
        as(Users.JINHE_LEADER).header("If-Match", "\"0\"").post(ACTION, "jinhe", id, "publish").then()
                .statusCode(422).body("violations.field", hasItem("status"));
        as(Users.JINHE_LEADER).body(filing).post(ACTION, "jinhe", id, "file").then().statusCode(428);
        as(Users.JINHE_LEADER).header("If-Match", "\"0\"")
                .body(Map.of("filedOn", today().plusDays(1).toString(), "filingReference", " "))
                .post(ACTION, "jinhe", id, "file").then().statusCode(422)
                .body("violations.field", hasItem("filingReference"));
        as(Users.JINHE_LEADER).header("If-Match", "\"0\"").body(filing).post(ACTION, "jinhe", id, "file").then()
                .statusCode(200).body("status", equalTo("FILED")).body("filingReference", equalTo("麻司行备〔2025〕7号"));
        anonymous().queryParam("size", "200").get(PUBLIC_PLANS, "jinhe").then().statusCode(200)
                .body("items.title", not(hasItem(title)));
        as(Users.JINHE_LEADER).header("If-Match", "\"0\"").post(ACTION, "jinhe", id, "publish").then()
                .statusCode(412);
        as(Users.JINHE_LEADER).header("If-Match", "\"1\"").post(ACTION, "jinhe", id, "publish").then()
                .statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedOn", equalTo(today().toString()));
        anonymous().queryParam("size", "200").get(PUBLIC_PLANS, "jinhe").then().statusCode(200)
                .body("items.title", hasItem(title))
                .body("items.find { it.title == '" + title + "' }.items.size()", equalTo(2))
                .body("items.find { it.title == '" + title + "' }.filedOn", equalTo(today().toString()));
        anonymous().get(PUBLIC_PLANS, "nowhere").then().statusCode(404);
    }

    @Test
    void only_a_draft_is_edited_with_its_etag() {
        String id = drafted(unique("计划"));
        String renamed = unique("改名计划");
        as(Users.JINHE_STAFF).body(plan(renamed)).put(PLAN, "jinhe", id).then().statusCode(428);
        as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(plan(renamed, List.of(
                Map.of("itemId", fire, "months", List.of(6))))).put(PLAN, "jinhe", id).then().statusCode(200)
                .body("title", equalTo(renamed)).body("items.size()", equalTo(1));
        as(Users.JINHE_LEADER).header("If-Match", "\"1\"")
                .body(Map.of("filedOn", today().toString(), "filingReference", "麻司行备〔2025〕8号"))
                .post(ACTION, "jinhe", id, "file").then().statusCode(200);
        as(Users.JINHE_STAFF).header("If-Match", "\"2\"").body(plan(renamed)).put(PLAN, "jinhe", id).then()
                .statusCode(422).body("violations.field", hasItem("status"));
        as(Users.JINHE_STAFF).queryParam("status", "FILED").queryParam("year", "2025").queryParam("q", renamed)
                .get(PLANS, "jinhe").then().statusCode(200).body("total", equalTo(1));
    }
}
