package fazhi.adapter.rest.officer;

import fazhi.testing.Api;
import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The officers API as county systems and the SPA use it: /api/v1/townships/{t}/officers. */
@QuarkusTest
class OfficerApiTest {

    static final String OFFICERS = "/api/v1/townships/{t}/officers";
    static final String OFFICER = OFFICERS + "/{id}";
    static final String PROBLEM = "application/problem+json";

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> officer(String name, String certificateNumber) {
        return Map.of("name", name, "department", "EMERGENCY", "phone", "13907450000",
                "certificate", Map.of("number", certificateNumber, "issuedOn", "2023-03-15",
                        "expiresOn", "2029-03-14"));
    }

    /** Registers an officer as the given clerk and answers its id. */
    static String register(Users clerk, String township, String name) {
        return as(clerk).body(officer(name, unique("C"))).post(OFFICERS, township)
                .then().statusCode(201).extract().path("id");
    }

    static String etag(Users user, String township, String id) {
        return as(user).get(OFFICER, township, id).then().statusCode(200).extract().header("ETag");
    }

    long officersNamed(String name) {
        return sql.count("select count(*) from officers where name = ?", name);
    }

    @Nested
    class Registering {

        @Test
        void a_clerk_registers_an_officer_and_gets_its_location_and_etag() {
            String name = unique("龙");
            as(Users.JINHE_STAFF).body(officer(name, unique("湘执法"))).post(OFFICERS, "jinhe")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/townships/jinhe/officers/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("name", equalTo(name))
                    .body("status", equalTo("ACTIVE"))
                    .body("certificate.expiresOn", equalTo("2029-03-14"))
                    .body("certificateValidToday", equalTo(true))
                    .body("version", equalTo(0));
        }

        @Test
        void a_leader_may_register_too() {
            as(Users.JINHE_LEADER).body(officer(unique("滕"), unique("N"))).post(OFFICERS, "jinhe")
                    .then().statusCode(201);
        }

        @Test
        void without_a_token_it_is_401_problem_json() {
            anonymous().body(officer(unique("x"), unique("N"))).post(OFFICERS, "jinhe")
                    .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", containsString("Bearer"));
        }

        @Test
        void a_forged_token_is_401() {
            anonymous().header("Authorization", "Bearer " + fazhi.testing.Tokens.forged("mallory"))
                    .get(OFFICERS, "jinhe").then().statusCode(401);
        }

        @Test
        void roles_that_do_not_keep_the_register_get_403_and_nothing_is_written() {
            for (Users user : new Users[] {Users.JINHE_OFFICER, Users.JINHE_AUDITOR, Users.JINHE_REVIEWER,
                    Users.COUNTY_SYSTEM, Users.ADMIN}) {
                String name = unique("禁");
                as(user).body(officer(name, unique("N"))).post(OFFICERS, "jinhe")
                        .then().statusCode(403).contentType(PROBLEM);
                assertThat(officersNamed(name)).as(user.name()).isZero();
            }
        }

        @Test
        void the_phone_number_is_kept_encrypted_and_read_back_whole() {
            String id = register(Users.JINHE_STAFF, "jinhe", unique("机"));
            assertThat(sql.count("select count(*) from officers where id = ? and phone like 'v1:%'", id)).isEqualTo(1);
            assertThat(sql.count("select count(*) from officers where phone like '%13907450000%'")).isZero();
            as(Users.JINHE_STAFF).get(OFFICER, "jinhe", id).then().statusCode(200)
                    .body("phone", equalTo("13907450000"));
        }

        @Test
        void another_townships_clerk_gets_404_sys04() {
            as(Users.GAOCUN_STAFF).body(officer(unique("高"), unique("N"))).post(OFFICERS, "jinhe")
                    .then().statusCode(404).contentType(PROBLEM);
        }

        @Test
        void an_unknown_township_is_404() {
            as(Users.ADMIN).get(OFFICERS, "nowhere").then().statusCode(404);
            as(Users.ADMIN).get(OFFICERS, "NOT A CODE").then().statusCode(404);
        }

        @Test
        void a_certificate_number_held_in_the_township_is_refused_but_free_in_another() {
            String number = unique("DUP");
            as(Users.JINHE_STAFF).body(officer(unique("甲"), number)).post(OFFICERS, "jinhe").then().statusCode(201);
            as(Users.JINHE_STAFF).body(officer(unique("乙"), number)).post(OFFICERS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("certificate.number"));
            as(Users.GAOCUN_STAFF).body(officer(unique("丙"), number)).post(OFFICERS, "gaocun").then().statusCode(201);
        }
    }

    @Nested
    class BadInput {

        void refused(String body, int status, String field) {
            long before = sql.count("select count(*) from officers");
            ValidatableResponse response = as(Users.JINHE_STAFF).body(body).post(OFFICERS, "jinhe")
                    .then().statusCode(status).contentType(PROBLEM)
                    .body("status", equalTo(status)).body("title", notNullValue());
            if (field != null) {
                response.body("violations.field", hasItem(field));
            }
            assertThat(sql.count("select count(*) from officers")).as("nothing written").isEqualTo(before);
        }

        @Test
        void malformed_json_is_400() {
            refused("{\"name\": \"张三\", ", 400, null);
        }

        @Test
        void an_unknown_department_is_400_naming_the_field() {
            refused("{\"name\":\"张三\",\"department\":\"POLICE\"}", 400, "department");
        }

        @Test
        void a_bad_date_is_400_naming_the_field() {
            refused("{\"name\":\"张三\",\"department\":\"EMERGENCY\",\"certificate\":{\"number\":\"N1\","
                    + "\"issuedOn\":\"2023-02-30\",\"expiresOn\":\"2029-01-01\"}}", 400, "certificate.issuedOn");
        }

        @Test
        void a_value_of_the_wrong_type_is_400() {
            refused("{\"name\":[1,2],\"department\":\"EMERGENCY\"}", 400, "name");
        }

        @Test
        void an_over_long_name_is_422_naming_the_field() {
            refused("{\"name\":\"" + "张".repeat(51) + "\",\"department\":\"EMERGENCY\"}", 422, "name");
        }

        @Test
        void a_missing_field_is_422_naming_it() {
            refused("{\"name\":\"张三\"}", 422, "department");
        }

        @Test
        void a_missing_body_is_422() {
            long before = sql.count("select count(*) from officers");
            as(Users.JINHE_STAFF).post(OFFICERS, "jinhe").then().statusCode(422).contentType(PROBLEM);
            assertThat(sql.count("select count(*) from officers")).isEqualTo(before);
        }

        @Test
        void an_expiry_before_the_issue_date_is_422_from_the_model() {
            refused("{\"name\":\"张三\",\"department\":\"EMERGENCY\",\"certificate\":{\"number\":\"N1\","
                    + "\"issuedOn\":\"2023-02-01\",\"expiresOn\":\"2023-01-01\"}}", 422, "certificate.expiresOn");
        }

        @Test
        void messages_are_chinese_by_default_and_english_when_asked() {
            String body = "{\"name\":\"张三\",\"department\":\"EMERGENCY\",\"certificate\":{\"number\":\"N1\","
                    + "\"issuedOn\":\"2023-02-01\",\"expiresOn\":\"2023-01-01\"}}";
            as(Users.JINHE_STAFF).body(body).post(OFFICERS, "jinhe").then().statusCode(422)
                    .body("title", equalTo("请求未通过校验"))
                    .body("violations[0].message", equalTo("到期日期必须晚于发证日期"));
            as(Users.JINHE_STAFF).header("Accept-Language", "en").body(body).post(OFFICERS, "jinhe")
                    .then().statusCode(422)
                    .body("title", equalTo("Invalid request"))
                    .body("violations[0].message", equalTo("the expiry date must be after the issue date"));
        }
    }

    @Nested
    class Sys03Idempotency {

        @Test
        void a_retry_with_the_same_key_answers_the_first_answer_and_writes_once() {
            String key = UUID.randomUUID().toString();
            String name = unique("幂");
            Map<String, Object> body = officer(name, unique("N"));
            String first = as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(body).post(OFFICERS, "jinhe")
                    .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
            String location = as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(body).post(OFFICERS, "jinhe")
                    .then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                    .body("id", equalTo(first)).extract().header("Location");
            assertThat(location).endsWith("/api/v1/townships/jinhe/officers/" + first);
            assertThat(officersNamed(name)).isEqualTo(1);
        }

        @Test
        void the_same_key_with_another_body_is_422_sys03() {
            String key = UUID.randomUUID().toString();
            as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(officer(unique("甲"), unique("N")))
                    .post(OFFICERS, "jinhe").then().statusCode(201);
            String other = unique("乙");
            as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(officer(other, unique("N")))
                    .post(OFFICERS, "jinhe").then().statusCode(422).contentType(PROBLEM).body("rule", equalTo("SYS-03"))
                    .body("title", equalTo("违反业务规则"));
            assertThat(officersNamed(other)).isZero();
        }

        @Test
        void keys_belong_to_their_caller() {
            String key = UUID.randomUUID().toString();
            as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(officer(unique("甲"), unique("N")))
                    .post(OFFICERS, "jinhe").then().statusCode(201);
            as(Users.JINHE_LEADER).header("Idempotency-Key", key).body(officer(unique("乙"), unique("N")))
                    .post(OFFICERS, "jinhe").then().statusCode(201).header("Idempotent-Replayed", nullValue());
        }
    }

    @Nested
    class Reading {

        @Test
        void every_township_role_reads_the_register() {
            String id = register(Users.JINHE_STAFF, "jinhe", unique("读"));
            for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_OFFICER, Users.JINHE_REVIEWER,
                    Users.JINHE_LEADER, Users.JINHE_AUDITOR, Users.COUNTY_AUDITOR, Users.COUNTY_SYSTEM, Users.ADMIN}) {
                as(user).get(OFFICER, "jinhe", id).then().statusCode(200).header("ETag", equalTo("\"0\""));
                as(user).get(OFFICERS, "jinhe").then().statusCode(200);
            }
        }

        @Test
        void get_without_a_token_is_401() {
            String id = register(Users.JINHE_STAFF, "jinhe", unique("读"));
            anonymous().get(OFFICER, "jinhe", id).then().statusCode(401).contentType(PROBLEM);
            anonymous().get(OFFICERS, "jinhe").then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void another_townships_officer_is_404_sys04() {
            String gaocun = register(Users.GAOCUN_STAFF, "gaocun", unique("高"));
            as(Users.JINHE_STAFF).get(OFFICER, "gaocun", gaocun).then().statusCode(404).contentType(PROBLEM);
            as(Users.JINHE_LEADER).get(OFFICERS, "gaocun").then().statusCode(404);
            // the id under the caller's own township is just as unknown
            as(Users.JINHE_STAFF).get(OFFICER, "jinhe", gaocun).then().statusCode(404);
        }

        @Test
        void another_townships_officer_is_404_sys04_before_its_body_is_validated() {
            String gaocun = register(Users.GAOCUN_STAFF, "gaocun", unique("高"));
            Map<String, Object> invalid = Map.of("name", "", "department", "NO_SUCH_DEPARTMENT");
            as(Users.JINHE_STAFF).header("If-Match", "\"1\"").body(invalid).put(OFFICER, "gaocun", gaocun)
                    .then().statusCode(404).contentType(PROBLEM);
            as(Users.JINHE_STAFF).header("If-Match", "\"1\"").body(invalid).put(OFFICER, "jinhe", gaocun)
                    .then().statusCode(404).contentType(PROBLEM);
            as(Users.JINHE_STAFF).body(invalid).post(OFFICERS, "gaocun").then().statusCode(404);
            as(Users.JINHE_LEADER).header("If-Match", "\"1\"").body(Map.of("reason", ""))
                    .post(OFFICER + "/actions/suspend", "jinhe", gaocun).then().statusCode(404);
            // the caller's own officer with the same body is refused for what is wrong with it
            as(Users.GAOCUN_STAFF).header("If-Match", "\"1\"").body(invalid).put(OFFICER, "gaocun", gaocun)
                    .then().statusCode(400).body("violations.field", hasItem("department"));
        }

        @Test
        void the_list_filters_sorts_and_pages() {
            String tag = unique("筛");
            as(Users.JINHE_STAFF).body(Map.of("name", tag + "A", "department", "FORESTRY",
                            "certificate", Map.of("number", unique("F"), "issuedOn", "2020-01-01",
                                    "expiresOn", java.time.LocalDate.now().plusDays(10).toString())))
                    .post(OFFICERS, "jinhe").then().statusCode(201);
            as(Users.JINHE_STAFF).body(Map.of("name", tag + "B", "department", "FORESTRY",
                            "certificate", Map.of("number", unique("F"), "issuedOn", "2020-01-01",
                                    "expiresOn", java.time.LocalDate.now().plusDays(300).toString())))
                    .post(OFFICERS, "jinhe").then().statusCode(201);
            as(Users.JINHE_STAFF).body(Map.of("name", tag + "C", "department", "AGRICULTURE"))
                    .post(OFFICERS, "jinhe").then().statusCode(201);

            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("sort", "name,desc").get(OFFICERS, "jinhe")
                    .then().statusCode(200).body("total", equalTo(3)).body("items[0].name", equalTo(tag + "C"));
            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("department", "FORESTRY").get(OFFICERS, "jinhe")
                    .then().body("total", equalTo(2));
            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("expiringWithinDays", "30").get(OFFICERS, "jinhe")
                    .then().body("total", equalTo(1)).body("items[0].name", equalTo(tag + "A"));
            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("size", "2").queryParam("page", "1")
                    .get(OFFICERS, "jinhe")
                    .then().body("total", equalTo(3)).body("items.size()", equalTo(1)).body("page", equalTo(1));
        }

        @Test
        void bad_list_parameters_are_422_naming_them() {
            as(Users.JINHE_STAFF).queryParam("sort", "phone,asc").get(OFFICERS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("sort"));
            as(Users.JINHE_STAFF).queryParam("size", "201").get(OFFICERS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("size"));
            as(Users.JINHE_STAFF).queryParam("page", "x").get(OFFICERS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("page"));
            as(Users.JINHE_STAFF).queryParam("status", "RETIRED").get(OFFICERS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("status"));
        }
    }

    @Nested
    class Updating {

        @Test
        void a_clerk_edits_with_the_etag_read() {
            String id = register(Users.JINHE_STAFF, "jinhe", unique("改"));
            String renamed = unique("改名");
            as(Users.JINHE_STAFF).header("If-Match", etag(Users.JINHE_STAFF, "jinhe", id))
                    .body(officer(renamed, unique("N"))).put(OFFICER, "jinhe", id)
                    .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo(renamed));
        }

        @Test
        void a_stale_etag_is_412_sys02_and_nothing_is_overwritten() {
            String id = register(Users.JINHE_STAFF, "jinhe", unique("旧"));
            String etag = etag(Users.JINHE_STAFF, "jinhe", id);
            String first = unique("先");
            as(Users.JINHE_STAFF).header("If-Match", etag).body(officer(first, unique("N")))
                    .put(OFFICER, "jinhe", id).then().statusCode(200);
            as(Users.JINHE_LEADER).header("If-Match", etag).body(officer(unique("后"), unique("N")))
                    .put(OFFICER, "jinhe", id).then().statusCode(412).contentType(PROBLEM).body("rule", equalTo("SYS-02"));
            as(Users.JINHE_STAFF).get(OFFICER, "jinhe", id).then().body("name", equalTo(first));
        }

        @Test
        void a_missing_if_match_is_428_sys02() {
            String id = register(Users.JINHE_STAFF, "jinhe", unique("缺"));
            as(Users.JINHE_STAFF).body(officer(unique("x"), unique("N"))).put(OFFICER, "jinhe", id)
                    .then().statusCode(428).contentType(PROBLEM).body("rule", equalTo("SYS-02"));
        }

        @Test
        void roles_may_not_edit_403_and_other_townships_404_and_anonymous_401() {
            String id = register(Users.JINHE_STAFF, "jinhe", unique("权"));
            String etag = etag(Users.JINHE_STAFF, "jinhe", id);
            as(Users.JINHE_OFFICER).header("If-Match", etag).body(officer(unique("x"), unique("N")))
                    .put(OFFICER, "jinhe", id).then().statusCode(403);
            as(Users.GAOCUN_STAFF).header("If-Match", etag).body(officer(unique("x"), unique("N")))
                    .put(OFFICER, "jinhe", id).then().statusCode(404);
            anonymous().header("If-Match", etag).body(officer(unique("x"), unique("N")))
                    .put(OFFICER, "jinhe", id).then().statusCode(401);
        }
    }

    @Nested
    class SuspendingAndReinstating {

        @Test
        void a_leader_suspends_with_a_reason_and_reinstates() {
            String id = register(Users.JINHE_STAFF, "jinhe", unique("停"));
            String etag = as(Users.JINHE_LEADER).header("If-Match", etag(Users.JINHE_LEADER, "jinhe", id))
                    .body(Map.of("reason", "执法证年审未通过")).post(OFFICER + "/actions/suspend", "jinhe", id)
                    .then().statusCode(200).body("status", equalTo("SUSPENDED"))
                    .body("suspensionReason", equalTo("执法证年审未通过")).extract().header("ETag");
            as(Users.JINHE_LEADER).header("If-Match", etag).post(OFFICER + "/actions/reinstate", "jinhe", id)
                    .then().statusCode(200).body("status", equalTo("ACTIVE")).body("suspensionReason", nullValue());
        }

        @Test
        void suspending_needs_a_reason() {
            String id = register(Users.JINHE_STAFF, "jinhe", unique("停"));
            as(Users.JINHE_LEADER).header("If-Match", "\"0\"").body(Map.of("reason", " "))
                    .post(OFFICER + "/actions/suspend", "jinhe", id)
                    .then().statusCode(422).body("violations.field", hasItem("reason"));
        }

        @Test
        void a_clerk_may_not_suspend_or_reinstate() {
            String id = register(Users.JINHE_STAFF, "jinhe", unique("停"));
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(Map.of("reason", "x"))
                    .post(OFFICER + "/actions/suspend", "jinhe", id).then().statusCode(403);
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"")
                    .post(OFFICER + "/actions/reinstate", "jinhe", id).then().statusCode(403);
        }

        @Test
        void actions_need_a_token_a_fresh_etag_and_the_right_township() {
            String id = register(Users.JINHE_STAFF, "jinhe", unique("停"));
            anonymous().header("If-Match", "\"0\"").body(Map.of("reason", "x"))
                    .post(OFFICER + "/actions/suspend", "jinhe", id).then().statusCode(401);
            as(Users.JINHE_LEADER).body(Map.of("reason", "x"))
                    .post(OFFICER + "/actions/suspend", "jinhe", id).then().statusCode(428);
            as(Users.JINHE_LEADER).header("If-Match", "\"7\"").body(Map.of("reason", "x"))
                    .post(OFFICER + "/actions/suspend", "jinhe", id).then().statusCode(412);
            as(Users.GAOCUN_LEADER).header("If-Match", "\"0\"").body(Map.of("reason", "x"))
                    .post(OFFICER + "/actions/suspend", "jinhe", id).then().statusCode(404);
            as(Users.GAOCUN_LEADER).header("If-Match", "\"0\"")
                    .post(OFFICER + "/actions/reinstate", "jinhe", id).then().statusCode(404);
            anonymous().header("If-Match", "\"0\"")
                    .post(OFFICER + "/actions/reinstate", "jinhe", id).then().statusCode(401);
        }

        @Test
        void reinstating_an_active_officer_is_refused() {
            String id = register(Users.JINHE_STAFF, "jinhe", unique("停"));
            as(Users.JINHE_LEADER).header("If-Match", "\"0\"").post(OFFICER + "/actions/reinstate", "jinhe", id)
                    .then().statusCode(422).body("violations.field", hasItem("status"));
        }
    }
}
