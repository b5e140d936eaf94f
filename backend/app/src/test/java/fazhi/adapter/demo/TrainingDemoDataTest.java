package fazhi.adapter.demo;

import fazhi.testing.Users;
import fazhi.testing.WithDemoData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static fazhi.testing.Api.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/**
 * The seed's training figures (section 一(一)(二), DOMAIN.md "The seed's figures") out of the demo data through the
 * API, as `make run` loads it: the year's figures by SQL, the exam's three rates, the roster and the sessions.
 */
@QuarkusTest
@TestProfile(WithDemoData.class)
class TrainingDemoDataTest {

    private static final String FIGURES = "/api/v1/townships/{t}/training-figures/{year}";

    @Test
    void the_central_group_studied_law_at_least_twice_and_trn01_is_met() {
        // 中心组每年至少学习2次以上法治专题
        as(Users.JINHE_LEADER).get(FIGURES, "jinhe", 2025).then().statusCode(200)
                .body("centralGroupStudies", greaterThanOrEqualTo(2))
                .body("centralGroupStudyProgress.met", equalTo(true))
                .body("centralGroupStudyProgress.behind", equalTo(false));
    }

    @Test
    void one_legal_understander_training_and_more_than_ten_lectures_at_schools_and_kindergartens() {
        // 法律明白人培训1次; 到中小学、幼儿园开展法治宣讲专题讲座10余次
        as(Users.JINHE_AUDITOR).get(FIGURES, "jinhe", 2025).then().statusCode(200)
                .body("legalUnderstanderTrainings", equalTo(1))
                .body("lecturesAtSchools", allOf(greaterThanOrEqualTo(11), lessThanOrEqualTo(19)))
                .body("sessionsByVenue.KINDERGARTEN", greaterThanOrEqualTo(1));
    }

    @Test
    void six_micro_lectures_on_market_days_and_national_security_education_day() {
        // 利用赶集日、国家安全教育日等开展微宣讲6次
        as(Users.COUNTY_SYSTEM).get(FIGURES, "jinhe", 2025).then().statusCode(200)
                .body("microLectures", equalTo(6))
                .body("sessionsByOccasion.MARKET_DAY", greaterThanOrEqualTo(1))
                .body("sessionsByOccasion.NATIONAL_SECURITY_EDUCATION_DAY", greaterThanOrEqualTo(1));
    }

    @Test
    void six_publicity_events_with_more_than_3000_leaflets() {
        // 特色法治宣传活动6次，发放宣传资料3000余份
        as(Users.JINHE_STAFF).get(FIGURES, "jinhe", 2025).then().statusCode(200)
                .body("publicityEvents", equalTo(6))
                .body("publicityMaterials", allOf(greaterThanOrEqualTo(3001), lessThanOrEqualTo(3999)));
    }

    @Test
    void more_than_ten_stability_and_security_meetings() {
        // 维稳安保相关会议10余次, 邀请司法所所长列席
        as(Users.JINHE_LEADER).get(FIGURES, "jinhe", 2025).then().statusCode(200)
                .body("stabilitySecurityMeetings", allOf(greaterThanOrEqualTo(11), lessThanOrEqualTo(19)))
                .body("meetingsByKind.STABILITY_SECURITY", allOf(greaterThanOrEqualTo(11), lessThanOrEqualTo(19)))
                .body("meetingsJudicialOfficeHeadAttended", greaterThanOrEqualTo(1));
    }

    @Test
    void the_online_exam_reached_100_percent_on_all_three_rates_by_sql_and_by_the_exams_view() {
        // 在线学法考试参学率、参考率、及格率均达100%
        as(Users.JINHE_LEADER).get(FIGURES, "jinhe", 2025).then().statusCode(200)
                .body("exams", hasSize(1))
                .body("exams[0].rates.required", allOf(greaterThanOrEqualTo(35), lessThanOrEqualTo(45)))
                .body("exams[0].rates.participation.percent", equalTo("100.0"))
                .body("exams[0].rates.attendance.percent", equalTo("100.0"))
                .body("exams[0].rates.pass.percent", equalTo("100.0"));
        as(Users.JINHE_STAFF).queryParam("year", 2025).get("/api/v1/townships/{t}/exams", "jinhe").then()
                .statusCode(200).body("items", hasSize(1))
                .body("items[0].rates.participation.percent", equalTo("100.0"))
                .body("items[0].rates.attendance.percent", equalTo("100.0"))
                .body("items[0].rates.pass.percent", equalTo("100.0"))
                .body("items[0].rates.notRequired", equalTo(0));
    }

    @Test
    void a_roster_of_about_forty_cadres_on_the_exam_day() {
        as(Users.JINHE_STAFF).queryParam("activeOn", "2025-11-20").queryParam("size", 100)
                .get("/api/v1/townships/{t}/personnel", "jinhe").then().statusCode(200)
                .body("total", allOf(greaterThanOrEqualTo(35), lessThanOrEqualTo(45)))
                .body("totalIsExact", equalTo(true));
    }
}
