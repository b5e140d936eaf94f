package fazhi.adapter.rest.enforcementcase;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fazhi.adapter.rest.enforcementcase.CaseApi.CASE;
import static fazhi.adapter.rest.enforcementcase.CaseApi.CASES;
import static fazhi.adapter.rest.enforcementcase.CaseApi.PROBLEM;
import static fazhi.adapter.rest.enforcementcase.CaseApi.caseBody;
import static fazhi.adapter.rest.enforcementcase.CaseApi.creditCode;
import static fazhi.adapter.rest.enforcementcase.CaseApi.etag;
import static fazhi.adapter.rest.enforcementcase.CaseApi.file;
import static fazhi.adapter.rest.enforcementcase.CaseApi.idNumber;
import static fazhi.adapter.rest.enforcementcase.CaseApi.organisation;
import static fazhi.adapter.rest.enforcementcase.CaseApi.person;
import static fazhi.adapter.rest.enforcementcase.CaseApi.team;
import static fazhi.adapter.rest.enforcementcase.CaseApi.today;
import static fazhi.adapter.rest.enforcementcase.CaseApi.unique;
import static fazhi.adapter.rest.enforcementcase.CaseApi.with;
import static fazhi.adapter.rest.enforcementcase.CaseApi.withWrongCheck;
import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Filing, reading, editing and listing enforcement cases: /api/v1/townships/{t}/enforcement-cases. */
@QuarkusTest
class EnforcementCaseApiTest {

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    List<String> officers;

    @BeforeEach
    void townshipAndTeam() {
        townships.ensure();
        officers = team("jinhe");
    }

    long cases() {
        return sql.count("select count(*) from enforcement_case");
    }

    @Nested
    class Filing {

        @Test
        void an_officer_files_a_case_and_gets_its_number_location_and_etag() {
            String year = String.valueOf(today().getYear());
            as(Users.JINHE_OFFICER).body(caseBody(officers)).post(CASES, "jinhe")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/townships/jinhe/enforcement-cases/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("caseNumber", matchesPattern("锦和执立〔" + year + "〕第\\d+号"))
                    .body("status", equalTo("FILED"))
                    .body("filedOn", equalTo(today().toString()))
                    .body("officers", hasSize(2))
                    .body("officers[0].certificateNumber", notNullValue())
                    .body("steps.step", equalTo(List.of("FILE", "INVESTIGATE", "NOTIFY", "HEARING", "LEGAL_REVIEW",
                            "DECIDE", "DELIVER", "EXECUTE", "CLOSE")))
                    .body("steps[0].state", equalTo("DONE"))
                    .body("deadlines.decisionDueOn", equalTo(today().plusDays(90).toString()))
                    .body("allowedActions", hasItems("edit", "investigate", "notify"))
                    .body("closeChecklist.item", hasItems("RECORDER_FOOTAGE", "DOCUMENTS_COMPLETE",
                            "CERTIFICATES_SHOWN", "UNIFORM_WORN"))
                    .body("version", equalTo(0));
        }

        @Test
        void a_leader_files_too_and_an_organisation_is_a_party() {
            String code = creditCode();
            as(Users.JINHE_LEADER).body(with(caseBody(officers), "party", organisation("锦和砂石有限公司", code)))
                    .post(CASES, "jinhe").then().statusCode(201)
                    .body("party.kind", equalTo("ORGANISATION"))
                    .body("party.creditCode", equalTo(code))
                    .body("party.idNumber", nullValue());
        }

        @Test
        void case_numbers_count_up_per_township_and_year() {
            String first = as(Users.JINHE_OFFICER).body(caseBody(officers)).post(CASES, "jinhe")
                    .then().statusCode(201).extract().path("caseNumber");
            String second = as(Users.JINHE_OFFICER).body(caseBody(officers)).post(CASES, "jinhe")
                    .then().statusCode(201).extract().path("caseNumber");
            assertThat(sequence(second)).isEqualTo(sequence(first) + 1);
        }

        private int sequence(String caseNumber) {
            return Integer.parseInt(caseNumber.replaceAll(".*第(\\d+)号", "$1"));
        }

        @Test
        void roles_that_do_not_act_get_403_and_nothing_is_written() {
            for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_AUDITOR, Users.JINHE_REVIEWER,
                    Users.COUNTY_SYSTEM, Users.ADMIN}) {
                long before = cases();
                as(user).body(caseBody(officers)).post(CASES, "jinhe").then().statusCode(403).contentType(PROBLEM);
                assertThat(cases()).as(user.name()).isEqualTo(before);
            }
        }

        @Test
        void without_a_token_it_is_401() {
            anonymous().body(caseBody(officers)).post(CASES, "jinhe").then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void another_townships_leader_gets_404_sys04() {
            as(Users.GAOCUN_LEADER).body(caseBody(officers)).post(CASES, "jinhe")
                    .then().statusCode(404).contentType(PROBLEM);
        }

        @Test
        void officers_of_another_township_are_unknown_here() {
            List<String> gaocun = team("gaocun");
            as(Users.JINHE_OFFICER).body(caseBody(gaocun)).post(CASES, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("officerIds[0]"));
        }
    }

    @Nested
    class BadInput {

        void refused(Object body, int status, String field) {
            long before = cases();
            ValidatableResponse response = as(Users.JINHE_OFFICER).body(body).post(CASES, "jinhe")
                    .then().statusCode(status).contentType(PROBLEM).body("status", equalTo(status));
            if (field != null) {
                response.body("violations.field", hasItem(field));
            }
            assertThat(cases()).as("nothing written").isEqualTo(before);
        }

        @Test
        void an_identity_number_with_a_wrong_check_character_is_422_naming_it() {
            refused(with(caseBody(officers), "party", person("张三", withWrongCheck(idNumber()))), 422,
                    "party.idNumber");
        }

        @Test
        void a_credit_code_with_a_wrong_check_character_is_422_naming_it() {
            String code = creditCode();
            String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
            refused(with(caseBody(officers), "party", organisation("某公司", wrong)), 422, "party.creditCode");
        }

        @Test
        void a_person_without_an_identity_number_is_422_naming_it() {
            refused(with(caseBody(officers), "party", Map.of("kind", "INDIVIDUAL", "name", "张三")), 422,
                    "party.idNumber");
        }

        @Test
        void an_unknown_enum_value_is_400_naming_the_field() {
            refused(with(caseBody(officers), "field", "SPACE_TRAFFIC"), 400, "field");
            refused(with(caseBody(officers), "procedure", "SUMMARY"), 400, "procedure");
        }

        @Test
        void facts_longer_than_2000_characters_are_422_naming_them() {
            refused(with(caseBody(officers), "facts", "违".repeat(2001)), 422, "facts");
        }

        @Test
        void missing_officer_ids_are_422_naming_them() {
            Map<String, Object> body = caseBody(officers);
            body.remove("officerIds");
            refused(body, 422, "officerIds");
        }

        @Test
        void an_unknown_officer_is_422_naming_its_position() {
            refused(caseBody(List.of(officers.get(0), UUID.randomUUID().toString())), 422, "officerIds[1]");
        }

        @Test
        void a_missing_violation_date_is_422_naming_it() {
            Map<String, Object> body = caseBody(officers);
            body.remove("violationDate");
            refused(body, 422, "violationDate");
        }

        @Test
        void a_filing_date_after_today_is_422_naming_it() {
            refused(with(caseBody(officers), "filedOn", today().plusDays(1).toString()), 422, "filedOn");
        }

        @Test
        void a_bad_date_is_400_naming_it() {
            refused(with(caseBody(officers), "violationDate", "2025-02-30"), 400, "violationDate");
        }

        @Test
        void malformed_json_is_400() {
            refused("{\"field\": ", 400, null);
        }

        @Test
        void a_missing_body_is_422() {
            long before = cases();
            as(Users.JINHE_OFFICER).post(CASES, "jinhe").then().statusCode(422).contentType(PROBLEM);
            assertThat(cases()).isEqualTo(before);
        }

        @Test
        void messages_are_chinese_by_default_and_english_when_asked() {
            Object body = with(caseBody(officers), "party", person("张三", withWrongCheck(idNumber())));
            as(Users.JINHE_OFFICER).body(body).post(CASES, "jinhe").then().statusCode(422)
                    .body("title", equalTo("请求未通过校验"))
                    .body("violations[0].message", containsString("校验码"));
            as(Users.JINHE_OFFICER).header("Accept-Language", "en").body(body).post(CASES, "jinhe")
                    .then().statusCode(422).body("title", equalTo("Invalid request"));
        }
    }

    @Nested
    class Sys03Idempotency {

        @Test
        void a_retry_with_the_same_key_answers_the_first_case_and_files_once() {
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = caseBody(officers);
            long before = cases();
            String first = as(Users.JINHE_OFFICER).header("Idempotency-Key", key).body(body).post(CASES, "jinhe")
                    .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
            String location = as(Users.JINHE_OFFICER).header("Idempotency-Key", key).body(body).post(CASES, "jinhe")
                    .then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                    .body("id", equalTo(first)).extract().header("Location");
            assertThat(location).endsWith("/api/v1/townships/jinhe/enforcement-cases/" + first);
            assertThat(cases()).isEqualTo(before + 1);
        }

        @Test
        void the_same_key_with_another_body_is_422_sys03() {
            String key = UUID.randomUUID().toString();
            as(Users.JINHE_OFFICER).header("Idempotency-Key", key).body(caseBody(officers)).post(CASES, "jinhe")
                    .then().statusCode(201);
            long before = cases();
            as(Users.JINHE_OFFICER).header("Idempotency-Key", key).body(caseBody(officers)).post(CASES, "jinhe")
                    .then().statusCode(422).contentType(PROBLEM).body("rule", equalTo("SYS-03"));
            assertThat(cases()).isEqualTo(before);
        }
    }

    @Nested
    class Reading {

        @Test
        void every_township_role_reads_a_case_with_its_etag() {
            String id = file(caseBody(officers)).id();
            for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_OFFICER, Users.JINHE_REVIEWER,
                    Users.JINHE_LEADER, Users.JINHE_AUDITOR, Users.COUNTY_AUDITOR, Users.COUNTY_SYSTEM, Users.ADMIN}) {
                as(user).get(CASE, "jinhe", id).then().statusCode(200).header("ETag", equalTo("\"0\""));
                as(user).get(CASES, "jinhe").then().statusCode(200);
            }
        }

        @Test
        void officers_and_leaders_see_the_identity_number_and_phone_whole() {
            String number = idNumber();
            String id = file(with(caseBody(officers), "party", person("王五", number))).id();
            for (Users user : new Users[] {Users.JINHE_OFFICER, Users.JINHE_LEADER}) {
                as(user).get(CASE, "jinhe", id).then().statusCode(200)
                        .body("party.idNumber", equalTo(number))
                        .body("party.phone", equalTo("13907451234"))
                        .body("party.masked", equalTo(false));
            }
        }

        @Test
        void staff_auditors_and_county_systems_see_them_masked() {
            String number = idNumber();
            String id = file(with(caseBody(officers), "party", person("王五", number))).id();
            String masked = number.substring(0, 3) + "*".repeat(11) + number.substring(14);
            for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_AUDITOR, Users.JINHE_REVIEWER,
                    Users.COUNTY_AUDITOR, Users.COUNTY_SYSTEM, Users.ADMIN}) {
                as(user).get(CASE, "jinhe", id).then().statusCode(200)
                        .body("party.idNumber", equalTo(masked))
                        .body("party.phone", equalTo("139****1234"))
                        .body("party.masked", equalTo(true))
                        .body("allowedActions", hasSize(0));
            }
        }

        @Test
        void the_identity_number_is_not_stored_in_clear() {
            String number = idNumber();
            file(with(caseBody(officers), "party", person("赵六", number)));
            assertThat(sql.count("select count(*) from enforcement_case where party_id_number like ?",
                    "%" + number + "%")).isZero();
        }

        @Test
        void get_without_a_token_is_401() {
            String id = file(caseBody(officers)).id();
            anonymous().get(CASE, "jinhe", id).then().statusCode(401).contentType(PROBLEM);
            anonymous().get(CASES, "jinhe").then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void another_townships_case_is_404_sys04() {
            String id = file(caseBody(officers)).id();
            as(Users.GAOCUN_STAFF).get(CASE, "jinhe", id).then().statusCode(404).contentType(PROBLEM);
            as(Users.GAOCUN_LEADER).get(CASES, "jinhe").then().statusCode(404);
            // under the caller's own township it is just as unknown
            as(Users.GAOCUN_LEADER).get(CASE, "gaocun", id).then().statusCode(404);
        }

        @Test
        void an_unknown_case_is_404() {
            as(Users.JINHE_OFFICER).get(CASE, "jinhe", UUID.randomUUID().toString()).then().statusCode(404);
        }
    }

    @Nested
    class Listing {

        @Test
        void the_list_filters_by_text_status_field_and_procedure_and_shows_no_personal_data() {
            String name = unique("筛");
            String id = file(with(with(caseBody(officers), "party", person(name, idNumber())), "field",
                    "FIRE_SAFETY")).id();
            as(Users.JINHE_STAFF).queryParam("q", name).get(CASES, "jinhe").then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].id", equalTo(id))
                    .body("items[0].party.name", equalTo(name))
                    .body("items[0].party.kind", equalTo("INDIVIDUAL"))
                    .body("items[0].party.idNumber", nullValue())
                    .body("items[0].status", equalTo("FILED"))
                    .body("items[0].nextDeadline.kind", equalTo("DECISION"))
                    .body("items[0].version", equalTo(0));
            as(Users.JINHE_STAFF).queryParam("q", name).queryParam("field", "FIRE_SAFETY")
                    .queryParam("status", "FILED").queryParam("procedure", "ORDINARY")
                    .queryParam("year", today().getYear()).get(CASES, "jinhe")
                    .then().body("total", equalTo(1));
            as(Users.JINHE_STAFF).queryParam("q", name).queryParam("field", "FORESTRY").get(CASES, "jinhe")
                    .then().body("total", equalTo(0));
            as(Users.JINHE_STAFF).queryParam("q", name).queryParam("status", "DECIDED").get(CASES, "jinhe")
                    .then().body("total", equalTo(0));
        }

        @Test
        void the_list_sorts_and_pages() {
            String name = unique("页");
            file(with(caseBody(officers), "party", person(name + "甲", idNumber())));
            file(with(caseBody(officers), "party", person(name + "乙", idNumber())));
            as(Users.JINHE_STAFF).queryParam("q", name).queryParam("sort", "caseNumber,asc")
                    .queryParam("size", "1").queryParam("page", "1").get(CASES, "jinhe")
                    .then().statusCode(200).body("total", equalTo(2)).body("items", hasSize(1))
                    .body("items[0].party.name", equalTo(name + "乙")).body("page", equalTo(1))
                    .body("size", equalTo(1));
        }

        @Test
        void bad_list_parameters_are_422_naming_them() {
            as(Users.JINHE_STAFF).queryParam("sort", "party,asc").get(CASES, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("sort"));
            as(Users.JINHE_STAFF).queryParam("status", "OPEN").get(CASES, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("status"));
            as(Users.JINHE_STAFF).queryParam("outcome", "PRISON").get(CASES, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("outcome"));
            as(Users.JINHE_STAFF).queryParam("size", "201").get(CASES, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("size"));
            as(Users.JINHE_STAFF).queryParam("year", "1999").get(CASES, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("year"));
            as(Users.JINHE_STAFF).queryParam("dueWithinDays", "x").get(CASES, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("dueWithinDays"));
        }
    }

    @Nested
    class Editing {

        @Test
        void an_officer_edits_a_filed_case_with_the_etag_read() {
            var filed = file(caseBody(officers));
            as(Users.JINHE_OFFICER).header("If-Match", filed.etag())
                    .body(with(caseBody(officers), "facts", "驾驶无牌摩托车，经教育当场改正。"))
                    .put(CASE, "jinhe", filed.id())
                    .then().statusCode(200).header("ETag", equalTo("\"1\""))
                    .body("facts", equalTo("驾驶无牌摩托车，经教育当场改正。"));
        }

        @Test
        void a_stale_etag_is_412_sys02_and_nothing_is_overwritten() {
            var filed = file(caseBody(officers));
            as(Users.JINHE_OFFICER).header("If-Match", filed.etag()).body(with(caseBody(officers), "facts", "先"))
                    .put(CASE, "jinhe", filed.id()).then().statusCode(200);
            as(Users.JINHE_LEADER).header("If-Match", filed.etag()).body(with(caseBody(officers), "facts", "后"))
                    .put(CASE, "jinhe", filed.id())
                    .then().statusCode(412).contentType(PROBLEM).body("rule", equalTo("SYS-02"));
            as(Users.JINHE_OFFICER).get(CASE, "jinhe", filed.id()).then().body("facts", equalTo("先"));
        }

        @Test
        void a_missing_if_match_is_428_sys02() {
            var filed = file(caseBody(officers));
            as(Users.JINHE_OFFICER).body(caseBody(officers)).put(CASE, "jinhe", filed.id())
                    .then().statusCode(428).contentType(PROBLEM).body("rule", equalTo("SYS-02"));
        }

        @Test
        void staff_may_not_edit_403_another_township_404_anonymous_401() {
            var filed = file(caseBody(officers));
            as(Users.JINHE_STAFF).header("If-Match", filed.etag()).body(caseBody(officers))
                    .put(CASE, "jinhe", filed.id()).then().statusCode(403);
            as(Users.GAOCUN_LEADER).header("If-Match", filed.etag()).body(caseBody(officers))
                    .put(CASE, "jinhe", filed.id()).then().statusCode(404);
            anonymous().header("If-Match", filed.etag()).body(caseBody(officers))
                    .put(CASE, "jinhe", filed.id()).then().statusCode(401);
        }

        @Test
        void bad_input_on_edit_is_422_naming_the_field_and_changes_nothing() {
            var filed = file(caseBody(officers));
            as(Users.JINHE_OFFICER).header("If-Match", filed.etag())
                    .body(with(caseBody(officers), "party", person("张三", withWrongCheck(idNumber()))))
                    .put(CASE, "jinhe", filed.id())
                    .then().statusCode(422).body("violations.field", hasItem("party.idNumber"));
            assertThat(etag(filed.id())).isEqualTo(filed.etag());
        }

        @Test
        void a_decided_case_is_no_longer_editable() {
            var filed = file(with(caseBody(officers), "procedure", "SIMPLE"));
            CaseApi.done(filed.id(), "decide", CaseApi.decision(today(), CaseApi.firstViolation(), true));
            as(Users.JINHE_OFFICER).header("If-Match", etag(filed.id())).body(caseBody(officers))
                    .put(CASE, "jinhe", filed.id()).then().statusCode(422).contentType(PROBLEM)
                    .body("violations.field", not(hasItem("facts")));
        }
    }
}
