package fazhi.adapter.demo;

import fazhi.testing.Users;
import fazhi.testing.WithDemoData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static fazhi.testing.Api.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * The seed's enforcement figures (DOMAIN.md "The seed's figures"), computed by the API's SQL from the demo data
 * exactly as `make run` loads it at start: a fresh database, every area's demo data, nothing else.
 */
@QuarkusTest
@TestProfile(WithDemoData.class)
class SeedFiguresTest {

    private static final String FIGURES = "/api/v1/townships/{t}/enforcement-figures/{year}";

    @Test
    void nearly_40_enforcement_activities_in_the_four_safety_fields() {
        // 近40次规范文明执法活动 (道路交通、水上交通、消防、非煤矿山): 35-39, cases plus inspections
        as(Users.JINHE_LEADER).get(FIGURES, "jinhe", 2025).then().statusCode(200)
                .body("safetyActivities.total", allOf(greaterThanOrEqualTo(35), lessThanOrEqualTo(39)))
                .body("safetyActivities.cases", equalTo(12))
                .body("safetyActivities.inspections", equalTo(25));
    }

    @Test
    void seven_penalty_decisions_six_fines_and_one_warning() {
        // 开具处罚决定书7次，其中罚款6次，警告1次
        as(Users.JINHE_AUDITOR).get(FIGURES, "jinhe", 2025).then().statusCode(200)
                .body("penaltyDecisions", equalTo(7))
                .body("fines", equalTo(6))
                .body("warnings", equalTo(1))
                .body("noPenaltyFirstViolation", equalTo(3));
    }

    @Test
    void ten_certified_officers_and_three_exam_registrations() {
        // 已取得执法证人员有10人; 3人报名参加行政执法资格证考试
        as(Users.COUNTY_SYSTEM).get(FIGURES, "jinhe", 2025).then().statusCode(200)
                .body("certifiedOn", equalTo("2025-12-31"))
                .body("officersCertified", equalTo(10))
                .body("examRegistrations", equalTo(3));
    }

    @Test
    void the_plan_and_the_items_list_are_published() {
        // 公布《2025年度涉企行政检查计划》《涉企行政检查事项清单》
        RestAssured.given().get("/api/v1/public/townships/jinhe/inspection-plans").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].title", containsString("2025年度涉企行政检查计划"));
        RestAssured.given().get("/api/v1/public/townships/jinhe/inspection-items").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(1));
    }

    @Test
    void the_published_penalty_decisions_show_no_id_number() {
        RestAssured.given().get("/api/v1/public/townships/jinhe/penalty-decisions").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(5))
                .body("items.decisionNumber", hasItem(containsString("锦和罚决字〔2025〕")))
                .body(not(containsString("431226")));
    }
}
