package fazhi.adapter.rest.inspection;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fazhi.adapter.rest.inspection.InspectionFixtures.INSPECTION;
import static fazhi.adapter.rest.inspection.InspectionFixtures.INSPECTIONS;
import static fazhi.adapter.rest.inspection.InspectionFixtures.PROBLEM;
import static fazhi.adapter.rest.inspection.InspectionFixtures.act;
import static fazhi.adapter.rest.inspection.InspectionFixtures.approved;
import static fazhi.adapter.rest.inspection.InspectionFixtures.creditCode;
import static fazhi.adapter.rest.inspection.InspectionFixtures.draftItem;
import static fazhi.adapter.rest.inspection.InspectionFixtures.inspection;
import static fazhi.adapter.rest.inspection.InspectionFixtures.officer;
import static fazhi.adapter.rest.inspection.InspectionFixtures.propose;
import static fazhi.adapter.rest.inspection.InspectionFixtures.publishedItem;
import static fazhi.adapter.rest.inspection.InspectionFixtures.today;
import static fazhi.adapter.rest.inspection.InspectionFixtures.withWrongCheck;
import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The inspections API: /api/v1/townships/{t}/inspections and its actions approve, notify, record-result. */
@QuarkusTest
class InspectionApiTest {

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    String item;
    List<String> team;

    @BeforeEach
    void aPublishedItemAndTwoOfficers() {
        townships.ensure();
        item = publishedItem();
        team = List.of(officer(), officer());
    }

    long inspectionsOf(String code) {
        return sql.count("select count(*) from inspection where enterprise_credit_code = ?", code);
    }

    Map<String, Object> planned(String code) {
        return inspection(code, item, team, today(), "PLANNED");
    }

    @Nested
    class Proposing {

        @Test
        void an_officer_proposes_and_gets_its_location_and_etag() {
            String code = creditCode();
            propose(Users.JINHE_OFFICER, planned(code)).statusCode(201)
                    .header("Location", containsString("/api/v1/townships/jinhe/inspections/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("enterprise.creditCode", equalTo(code))
                    .body("item.id", equalTo(item))
                    .body("item.method", equalTo("DOUBLE_RANDOM"))
                    .body("field", equalTo("NON_COAL_MINE_SAFETY"))
                    .body("officers.size()", equalTo(2))
                    .body("officers[0].certificateNumber", containsString("湘执法"))
                    .body("status", equalTo("PROPOSED"))
                    .body("plannedOn", equalTo(today().toString()))
                    .body("inspectedOn", nullValue())
                    .body("countedOn", equalTo(today().toString()));
        }

        @Test
        void a_leader_may_propose_too() {
            propose(Users.JINHE_LEADER, planned(creditCode())).statusCode(201);
        }

        @Test
        void other_roles_get_403_and_nothing_is_written() {
            for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_REVIEWER, Users.JINHE_AUDITOR,
                    Users.COUNTY_SYSTEM, Users.ADMIN}) {
                String code = creditCode();
                propose(user, planned(code)).statusCode(403).contentType(PROBLEM);
                assertThat(inspectionsOf(code)).as(user.name()).isZero();
            }
        }

        @Test
        void without_a_token_it_is_401_and_another_townships_officer_gets_404() {
            anonymous().body(planned(creditCode())).post(INSPECTIONS, "jinhe").then().statusCode(401)
                    .contentType(PROBLEM);
            as(Users.GAOCUN_LEADER).body(planned(creditCode())).post(INSPECTIONS, "jinhe").then().statusCode(404)
                    .contentType(PROBLEM);
        }

        @Test
        void a_credit_code_with_a_wrong_check_character_is_422_naming_the_field() {
            String bad = withWrongCheck(creditCode());
            propose(Users.JINHE_OFFICER, planned(bad)).statusCode(422).contentType(PROBLEM)
                    .body("violations.field", hasItem("enterprise.creditCode"))
                    .body("violations.message", hasItem("统一社会信用代码校验码不正确（GB 32100）"));
            assertThat(inspectionsOf(bad)).isZero();
        }

        @Test
        void missing_fields_are_422_and_a_bad_enum_400_naming_them() {
            Map<String, Object> noOfficers = planned(creditCode());
            noOfficers.remove("officerIds");
            noOfficers.remove("plannedOn");
            propose(Users.JINHE_OFFICER, noOfficers).statusCode(422)
                    .body("violations.field", hasItem("officerIds"))
                    .body("violations.field", hasItem("plannedOn"));
            Map<String, Object> badReason = planned(creditCode());
            badReason.put("reason", "CURIOSITY");
            propose(Users.JINHE_OFFICER, badReason).statusCode(400).body("violations.field", hasItem("reason"));
            Map<String, Object> past = inspection(creditCode(), item, team, today().minusDays(1), "PLANNED");
            propose(Users.JINHE_OFFICER, past).statusCode(422).body("violations.field", hasItem("plannedOn"));
        }

        @Test
        void an_unknown_officer_is_422_naming_its_position() {
            propose(Users.JINHE_OFFICER, inspection(creditCode(), item,
                    List.of(team.get(0), UUID.randomUUID().toString()), today(), "PLANNED"))
                    .statusCode(422).body("violations.field", hasItem("officerIds[1]"));
        }

        @Test
        void one_officer_is_refused_by_enf01_as_problem_json() {
            String code = creditCode();
            propose(Users.JINHE_OFFICER, inspection(code, item, List.of(team.get(0)), today(), "PLANNED"))
                    .statusCode(422).contentType(PROBLEM)
                    .body("rule", equalTo("ENF-01"))
                    .body("legalBasis", equalTo("《行政处罚法》第42条"))
                    .body("title", equalTo("违反业务规则"))
                    .body("detail", containsString("两名以上"));
            assertThat(inspectionsOf(code)).isZero();
        }

        @Test
        void a_certificate_expiring_the_day_before_is_refused_by_enf02_and_on_the_day_allowed() {
            LocalDate on = today().plusDays(5);
            String expiredBefore = officer("jinhe", on.minusDays(1));
            String expiresThatDay = officer("jinhe", on);
            propose(Users.JINHE_OFFICER, inspection(creditCode(), item, List.of(team.get(0), expiredBefore), on,
                    "PLANNED"))
                    .statusCode(422).contentType(PROBLEM)
                    .body("rule", equalTo("ENF-02"))
                    .body("legalBasis", equalTo("《行政处罚法》第42条"))
                    .body("detail", containsString(on.toString()));
            propose(Users.JINHE_OFFICER, inspection(creditCode(), item, List.of(team.get(0), expiresThatDay), on,
                    "PLANNED")).statusCode(201);
        }

        @Test
        void an_item_not_on_the_published_list_is_refused_by_enf14() {
            String code = creditCode();
            propose(Users.JINHE_OFFICER, inspection(code, draftItem(), team, today(), "PLANNED"))
                    .statusCode(422).contentType(PROBLEM)
                    .body("rule", equalTo("ENF-14"))
                    .body("legalBasis", equalTo("国办发〔2024〕54号"))
                    .body("detail", containsString("清单之外不得检查"));
            assertThat(inspectionsOf(code)).isZero();
        }

        @Test
        void a_retry_with_the_same_idempotency_key_writes_once() {
            String key = UUID.randomUUID().toString();
            String code = creditCode();
            String first = as(Users.JINHE_OFFICER).header("Idempotency-Key", key).body(planned(code))
                    .post(INSPECTIONS, "jinhe").then().statusCode(201).extract().path("id");
            as(Users.JINHE_OFFICER).header("Idempotency-Key", key).body(planned(code)).post(INSPECTIONS, "jinhe")
                    .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
            assertThat(inspectionsOf(code)).isEqualTo(1);
        }
    }

    @Nested
    class Enf14YearlyCap {

        @Test
        void the_third_planned_inspection_of_an_enterprise_in_a_year_is_refused_naming_count_and_cap() {
            String code = creditCode();
            approved(planned(code));
            approved(inspection(code, publishedItem(), team, today(), "PLANNED"));

            propose(Users.JINHE_OFFICER, inspection(code, publishedItem(), team, today(), "PLANNED"))
                    .statusCode(422).contentType(PROBLEM)
                    .body("rule", equalTo("ENF-14"))
                    .body("legalBasis", equalTo("国办发〔2024〕54号"))
                    .body("detail", containsString(today().getYear() + " 年已被检查 2 次"))
                    .body("detail", containsString("每年 2 次的上限"));
            as(Users.JINHE_OFFICER).header("Accept-Language", "en")
                    .body(inspection(code, publishedItem(), team, today(), "PLANNED")).post(INSPECTIONS, "jinhe")
                    .then().statusCode(422).body("detail", containsString("inspected 2 times in " + today().getYear()));
            assertThat(inspectionsOf(code)).isEqualTo(2);
        }

        @Test
        void a_case_triggered_one_beyond_the_cap_needs_the_leaders_explicit_approval() {
            String code = creditCode();
            approved(planned(code));
            approved(inspection(code, publishedItem(), team, today(), "PLANNED"));
            Map<String, Object> triggered = inspection(code, publishedItem(), team, today(), "CASE_TRIGGERED");
            triggered.put("reasonNote", "群众举报超范围开采");
            String id = propose(Users.JINHE_OFFICER, triggered).statusCode(201).extract().path("id");

            act(Users.JINHE_LEADER, id, "approve", null).statusCode(422).body("rule", equalTo("ENF-14"));
            act(Users.JINHE_LEADER, id, "approve", Map.of("exceedYearlyCap", true)).statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("beyondYearlyCap", equalTo(true))
                    .body("approvedBy", equalTo(Users.JINHE_LEADER.username()));
        }

        @Test
        void a_planned_one_may_not_use_the_exception() {
            String id = propose(Users.JINHE_OFFICER, planned(creditCode())).statusCode(201).extract().path("id");
            act(Users.JINHE_LEADER, id, "approve", Map.of("exceedYearlyCap", true)).statusCode(422)
                    .body("rule", equalTo("ENF-14"));
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void approved_notified_and_recorded_the_day_it_happened_counts_by_field() {
            String code = creditCode();
            String id = propose(Users.JINHE_OFFICER, planned(code)).statusCode(201).extract().path("id");
            act(Users.JINHE_LEADER, id, "approve", null).statusCode(200).header("ETag", equalTo("\"1\""))
                    .body("approvedOn", equalTo(today().toString()));
            act(Users.JINHE_OFFICER, id, "notify", Map.of("notifiedOn", today().toString())).statusCode(200)
                    .body("status", equalTo("NOTIFIED"));
            act(Users.JINHE_OFFICER, id, "record-result", Map.of("inspectedOn", today().toString(),
                    "result", "RECTIFICATION_ORDERED", "findings", "边坡未按设计分台阶开采",
                    "rectificationDueOn", today().plusDays(15).toString())).statusCode(200)
                    .body("status", equalTo("DONE"))
                    .body("inspectedOn", equalTo(today().toString()))
                    .body("result", equalTo("RECTIFICATION_ORDERED"))
                    .body("rectificationDueOn", equalTo(today().plusDays(15).toString()));
            assertThat(sql.count("select count(*) from inspection where id = ? and field = 'NON_COAL_MINE_SAFETY' "
                    + "and inspected_on = ? and status = 'DONE'", id, today())).isEqualTo(1);
            assertThat(sql.count("select count(*) from inspection_officer where inspection_id = ?", id))
                    .isEqualTo(2);
            assertThat(sql.count("select count(*) from audit_events where record_type = 'inspection' "
                    + "and record_id = ?", id)).isEqualTo(4);
        }

        @Test
        void only_a_leader_approves_and_only_officers_and_leaders_notify() {
            String id = propose(Users.JINHE_OFFICER, planned(creditCode())).statusCode(201).extract().path("id");
            act(Users.JINHE_OFFICER, id, "approve", null).statusCode(403).contentType(PROBLEM);
            act(Users.JINHE_STAFF, id, "approve", null).statusCode(403);
            act(Users.JINHE_LEADER, id, "approve", null).statusCode(200);
            act(Users.JINHE_STAFF, id, "notify", Map.of("notifiedOn", today().toString())).statusCode(403);
        }

        @Test
        void actions_need_a_token_a_fresh_etag_and_the_right_township() {
            String id = propose(Users.JINHE_OFFICER, planned(creditCode())).statusCode(201).extract().path("id");
            String path = INSPECTION + "/actions/approve";
            anonymous().header("If-Match", "\"0\"").post(path, "jinhe", id).then().statusCode(401);
            as(Users.JINHE_LEADER).post(path, "jinhe", id).then().statusCode(428).contentType(PROBLEM)
                    .body("rule", equalTo("SYS-02"));
            as(Users.JINHE_LEADER).header("If-Match", "\"7\"").post(path, "jinhe", id).then().statusCode(412)
                    .body("rule", equalTo("SYS-02"));
            as(Users.GAOCUN_LEADER).header("If-Match", "\"0\"").post(path, "jinhe", id).then().statusCode(404);
            as(Users.GAOCUN_LEADER).header("If-Match", "\"0\"").post(path, "gaocun", id).then().statusCode(404);
        }

        @Test
        void no_notice_before_the_approval() {
            String id = propose(Users.JINHE_OFFICER, planned(creditCode())).statusCode(201).extract().path("id");
            act(Users.JINHE_OFFICER, id, "notify", Map.of("notifiedOn", today().toString())).statusCode(422)
                    .body("violations.field", hasItem("status"));
        }

        @Test
        void a_rectification_order_without_its_deadline_is_422_naming_it() {
            String id = approved(planned(creditCode()));
            act(Users.JINHE_OFFICER, id, "notify", Map.of("notifiedOn", today().toString())).statusCode(200);
            act(Users.JINHE_OFFICER, id, "record-result", Map.of("inspectedOn", today().toString(),
                    "result", "RECTIFICATION_ORDERED", "findings", "未设置安全警示标志"))
                    .statusCode(422).body("violations.field", hasItem("rectificationDueOn"));
            act(Users.JINHE_OFFICER, id, "record-result", Map.of("result", "NO_PROBLEM"))
                    .statusCode(422).body("violations.field", hasItem("inspectedOn"));
        }

        @Test
        void a_proposal_is_revised_with_its_etag_until_approved() {
            String id = propose(Users.JINHE_OFFICER, planned(creditCode())).statusCode(201).extract().path("id");
            Map<String, Object> later = inspection(creditCode(), item, team, today().plusDays(3), "PLANNED");
            as(Users.JINHE_OFFICER).body(later).put(INSPECTION, "jinhe", id).then().statusCode(428);
            as(Users.JINHE_OFFICER).header("If-Match", "\"0\"").body(later).put(INSPECTION, "jinhe", id).then()
                    .statusCode(200).header("ETag", equalTo("\"1\""))
                    .body("plannedOn", equalTo(today().plusDays(3).toString()));
            as(Users.JINHE_STAFF).header("If-Match", "\"1\"").body(later).put(INSPECTION, "jinhe", id).then()
                    .statusCode(403);
            act(Users.JINHE_LEADER, id, "approve", null).statusCode(200);
            as(Users.JINHE_OFFICER).header("If-Match", "\"2\"").body(later).put(INSPECTION, "jinhe", id).then()
                    .statusCode(422).body("violations.field", hasItem("status"));
        }
    }

    @Nested
    class Reading {

        @Test
        void every_township_role_reads_and_other_townships_get_404() {
            String id = propose(Users.JINHE_OFFICER, planned(creditCode())).statusCode(201).extract().path("id");
            for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_OFFICER, Users.JINHE_REVIEWER,
                    Users.JINHE_LEADER, Users.JINHE_AUDITOR, Users.COUNTY_AUDITOR, Users.COUNTY_SYSTEM, Users.ADMIN}) {
                as(user).get(INSPECTION, "jinhe", id).then().statusCode(200).header("ETag", equalTo("\"0\""));
                as(user).get(INSPECTIONS, "jinhe").then().statusCode(200);
            }
            as(Users.GAOCUN_STAFF).get(INSPECTION, "jinhe", id).then().statusCode(404).contentType(PROBLEM);
            as(Users.GAOCUN_STAFF).get(INSPECTION, "gaocun", id).then().statusCode(404);
            as(Users.GAOCUN_STAFF).get(INSPECTIONS, "jinhe").then().statusCode(404);
            anonymous().get(INSPECTION, "jinhe", id).then().statusCode(401);
        }

        @Test
        void the_list_filters_by_enterprise_status_year_and_field() {
            String code = creditCode();
            approved(planned(code));
            propose(Users.JINHE_OFFICER, inspection(code, publishedItem(), team, today(), "PLANNED"))
                    .statusCode(201);
            as(Users.JINHE_AUDITOR).queryParam("creditCode", code).get(INSPECTIONS, "jinhe").then()
                    .statusCode(200).body("total", equalTo(2));
            as(Users.JINHE_AUDITOR).queryParam("creditCode", code).queryParam("status", "APPROVED")
                    .queryParam("year", String.valueOf(today().getYear()))
                    .queryParam("field", "NON_COAL_MINE_SAFETY").get(INSPECTIONS, "jinhe").then()
                    .body("total", equalTo(1));
            as(Users.JINHE_AUDITOR).queryParam("creditCode", code).queryParam("year", "2001")
                    .get(INSPECTIONS, "jinhe").then().body("total", equalTo(0));
        }

        @Test
        void bad_list_parameters_are_422_naming_them() {
            as(Users.JINHE_STAFF).queryParam("creditCode", "91431226MA4L2TH369").get(INSPECTIONS, "jinhe").then()
                    .statusCode(422).body("violations.field", hasItem("creditCode"));
            as(Users.JINHE_STAFF).queryParam("status", "FINISHED").get(INSPECTIONS, "jinhe").then()
                    .statusCode(422).body("violations.field", hasItem("status"));
            as(Users.JINHE_STAFF).queryParam("sort", "findings,asc").get(INSPECTIONS, "jinhe").then()
                    .statusCode(422).body("violations.field", hasItem("sort"));
            as(Users.JINHE_STAFF).queryParam("year", "x").get(INSPECTIONS, "jinhe").then()
                    .statusCode(422).body("violations.field", hasItem("year"));
        }
    }
}
