package fazhi.adapter.rest.exam;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
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

/** The certificate-exam registrations API: /api/v1/townships/{t}/exam-registrations; a pass issues a certificate. */
@QuarkusTest
class ExamRegistrationApiTest {

    static final String REGISTRATIONS = "/api/v1/townships/{t}/exam-registrations";
    static final String REGISTRATION = REGISTRATIONS + "/{id}";
    static final String RECORD_RESULT = REGISTRATION + "/actions/record-result";
    static final String OFFICERS = "/api/v1/townships/{t}/officers";
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

    /** Registered for the 2025 exam of 2025-11-22, which is over by the time the tests run. */
    static Map<String, Object> registration(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("personName", name);
        body.put("department", "AGRICULTURE");
        body.put("examYear", 2025);
        body.put("examDate", "2025-11-22");
        body.put("registeredOn", "2025-09-16");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    static Map<String, Object> pass(String certificateNumber) {
        return Map.of("result", "PASSED", "score", 86, "certificate", Map.of("number", certificateNumber,
                "issuedOn", "2025-12-20", "expiresOn", "2031-12-19"));
    }

    static String register(Users clerk, String township, Map<String, Object> body) {
        return as(clerk).body(body).post(REGISTRATIONS, township).then().statusCode(201).extract().path("id");
    }

    static String register(String name) {
        return register(Users.JINHE_STAFF, "jinhe", registration(name));
    }

    static String etag(Users user, String township, String id) {
        return as(user).get(REGISTRATION, township, id).then().statusCode(200).extract().header("ETag");
    }

    long registrationsOf(String name) {
        return sql.count("select count(*) from exam_registration where person_name = ?", name);
    }

    @Nested
    class Registering {

        @Test
        void a_clerk_registers_someone_and_gets_location_and_etag() {
            String name = unique("向");
            as(Users.JINHE_STAFF).body(registration(name)).post(REGISTRATIONS, "jinhe")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/townships/jinhe/exam-registrations/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("personName", equalTo(name))
                    .body("status", equalTo("REGISTERED"))
                    .body("examYear", equalTo(2025))
                    .body("examDate", equalTo("2025-11-22"))
                    .body("officerId", nullValue())
                    .body("certificate", nullValue());
        }

        @Test
        void roles_that_do_not_keep_the_register_get_403_and_nothing_is_written() {
            for (Users user : new Users[] {Users.JINHE_OFFICER, Users.JINHE_AUDITOR, Users.JINHE_REVIEWER,
                    Users.COUNTY_SYSTEM, Users.ADMIN}) {
                String name = unique("禁");
                as(user).body(registration(name)).post(REGISTRATIONS, "jinhe").then().statusCode(403)
                        .contentType(PROBLEM);
                assertThat(registrationsOf(name)).as(user.name()).isZero();
            }
        }

        @Test
        void without_a_token_401_and_another_townships_clerk_404() {
            anonymous().body(registration(unique("x"))).post(REGISTRATIONS, "jinhe").then().statusCode(401);
            as(Users.GAOCUN_STAFF).body(registration(unique("x"))).post(REGISTRATIONS, "jinhe").then().statusCode(404);
        }

        @Test
        void a_registration_linked_to_an_unknown_officer_is_422_naming_officer_id() {
            String name = unique("连");
            as(Users.JINHE_STAFF).body(with(registration(name), "officerId", UUID.randomUUID().toString()))
                    .post(REGISTRATIONS, "jinhe").then().statusCode(422).body("violations.field", hasItem("officerId"));
            assertThat(registrationsOf(name)).isZero();
        }

        @Test
        void bad_input_is_400_or_422_naming_the_field_and_writes_nothing() {
            refused(with(registration(unique("坏")), "department", "POLICE"), 400, "department");
            refused(with(registration(unique("坏")), "examDate", "2025-02-30"), 400, "examDate");
            refused(with(registration(unique("坏")), "personName", " "), 422, "personName");
            refused(with(registration(unique("坏")), "examYear", 1999), 422, "examYear");
            refused(with(registration(unique("坏")), "registeredOn", "2025-11-23"), 422, "registeredOn");
            refused(with(registration(unique("坏")), "examDate", "2024-11-22"), 422, "examDate");
        }

        void refused(Map<String, Object> body, int status, String field) {
            long before = sql.count("select count(*) from exam_registration");
            as(Users.JINHE_STAFF).body(body).post(REGISTRATIONS, "jinhe").then().statusCode(status)
                    .contentType(PROBLEM).body("violations.field", hasItem(field));
            assertThat(sql.count("select count(*) from exam_registration")).isEqualTo(before);
        }

        @Test
        void a_retry_with_the_same_idempotency_key_registers_once_sys03() {
            String key = UUID.randomUUID().toString();
            String name = unique("幂");
            as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(registration(name)).post(REGISTRATIONS, "jinhe")
                    .then().statusCode(201);
            as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(registration(name)).post(REGISTRATIONS, "jinhe")
                    .then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
            assertThat(registrationsOf(name)).isEqualTo(1);
        }

        @Test
        void a_clerk_edits_a_registration_with_the_etag_until_the_result_is_in() {
            String id = register(unique("改"));
            String renamed = unique("改名");
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(registration(renamed)).put(REGISTRATION, "jinhe", id)
                    .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("personName", equalTo(renamed));
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(registration(renamed)).put(REGISTRATION, "jinhe", id)
                    .then().statusCode(412).body("rule", equalTo("SYS-02"));
            as(Users.JINHE_STAFF).body(registration(renamed)).put(REGISTRATION, "jinhe", id)
                    .then().statusCode(428);
            as(Users.JINHE_OFFICER).header("If-Match", "\"1\"").body(registration(renamed))
                    .put(REGISTRATION, "jinhe", id).then().statusCode(403);
            as(Users.JINHE_STAFF).header("If-Match", "\"1\"").body(Map.of("result", "FAILED", "score", 40))
                    .post(RECORD_RESULT, "jinhe", id).then().statusCode(200);
            as(Users.JINHE_STAFF).header("If-Match", "\"2\"").body(registration(renamed)).put(REGISTRATION, "jinhe", id)
                    .then().statusCode(422).body("violations.field", hasItem("status"));
        }
    }

    @Nested
    class RecordingAPass {

        @Test
        void a_pass_creates_an_officer_visible_in_the_register_with_the_certificate() {
            String name = unique("过");
            String number = unique("湘执法");
            String id = register(name);

            String officerId = as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(pass(number))
                    .post(RECORD_RESULT, "jinhe", id)
                    .then().statusCode(200).header("ETag", equalTo("\"1\""))
                    .body("status", equalTo("PASSED"))
                    .body("score", equalTo(86))
                    .body("certificate.number", equalTo(number))
                    .body("resultRecordedOn", notNullValue())
                    .body("officerId", notNullValue())
                    .extract().path("officerId");

            as(Users.JINHE_OFFICER).get(OFFICERS + "/{id}", "jinhe", officerId).then().statusCode(200)
                    .body("name", equalTo(name))
                    .body("department", equalTo("AGRICULTURE"))
                    .body("status", equalTo("ACTIVE"))
                    .body("certificate.number", equalTo(number))
                    .body("certificate.issuedOn", equalTo("2025-12-20"))
                    .body("certificate.expiresOn", equalTo("2031-12-19"));
            as(Users.JINHE_AUDITOR).queryParam("q", number).get(OFFICERS, "jinhe").then()
                    .body("total", equalTo(1)).body("items[0].id", equalTo(officerId));
            as(Users.JINHE_AUDITOR).queryParam("officerId", officerId).get(REGISTRATIONS, "jinhe").then()
                    .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
            assertThat(sql.count("select count(*) from audit_events where record_id = ? "
                    + "and action = 'exam-registration.result-recorded'", id)).isEqualTo(1);
            assertThat(sql.count("select count(*) from audit_events where record_id = ? "
                    + "and action = 'officer.registered'", officerId)).isEqualTo(1);
        }

        @Test
        void a_pass_of_a_linked_officer_replaces_that_officers_certificate() {
            String officerId = as(Users.JINHE_STAFF).body(Map.of("name", unique("田"), "department", "FORESTRY",
                            "phone", "13907451204", "certificate", Map.of("number", unique("OLD"),
                                    "issuedOn", "2019-07-01", "expiresOn", "2025-06-30")))
                    .post(OFFICERS, "jinhe").then().statusCode(201).extract().path("id");
            String id = register(Users.JINHE_STAFF, "jinhe", with(registration(unique("田")), "officerId", officerId));
            String number = unique("NEW");

            as(Users.JINHE_LEADER).header("If-Match", "\"0\"").body(pass(number)).post(RECORD_RESULT, "jinhe", id)
                    .then().statusCode(200).body("officerId", equalTo(officerId));

            as(Users.JINHE_STAFF).get(OFFICERS + "/{id}", "jinhe", officerId).then()
                    .body("certificate.number", equalTo(number))
                    .body("department", equalTo("FORESTRY"))
                    .body("phone", equalTo("13907451204"))
                    .header("ETag", equalTo("\"1\""));
        }

        @Test
        void a_certificate_number_already_held_is_422_and_nothing_is_written() {
            String number = unique("HELD");
            as(Users.JINHE_STAFF).body(Map.of("name", unique("持"), "department", "EMERGENCY",
                    "certificate", Map.of("number", number, "issuedOn", "2023-01-01", "expiresOn", "2029-01-01")))
                    .post(OFFICERS, "jinhe").then().statusCode(201);
            String name = unique("重");
            String id = register(name);

            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(pass(number)).post(RECORD_RESULT, "jinhe", id)
                    .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("certificate.number"));

            as(Users.JINHE_STAFF).get(REGISTRATION, "jinhe", id).then().body("status", equalTo("REGISTERED"))
                    .header("ETag", equalTo("\"0\""));
            assertThat(sql.count("select count(*) from officers where name = ?", name)).isZero();
        }

        @Test
        void a_pass_without_its_certificate_is_422_naming_it() {
            String id = register(unique("缺"));
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(Map.of("result", "PASSED", "score", 90))
                    .post(RECORD_RESULT, "jinhe", id).then().statusCode(422)
                    .body("violations.field", hasItem("certificate"));
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(Map.of("result", "PASSED", "score", 90,
                            "certificate", Map.of("number", "N", "issuedOn", "2025-12-20", "expiresOn", "2025-12-01")))
                    .post(RECORD_RESULT, "jinhe", id).then().statusCode(422)
                    .body("violations.field", hasItem("certificate.expiresOn"));
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(Map.of("result", "REGISTERED"))
                    .post(RECORD_RESULT, "jinhe", id).then().statusCode(400)
                    .body("violations.field", hasItem("result"));
        }
    }

    @Nested
    class OtherResultsAndRefusals {

        @Test
        void a_failed_exam_issues_no_certificate() {
            String name = unique("败");
            String id = register(name);
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(Map.of("result", "FAILED", "score", 52))
                    .post(RECORD_RESULT, "jinhe", id).then().statusCode(200)
                    .body("status", equalTo("FAILED")).body("certificate", nullValue()).body("officerId", nullValue());
            assertThat(sql.count("select count(*) from officers where name = ?", name)).isZero();
        }

        @Test
        void an_absence_has_no_score() {
            String id = register(unique("缺考"));
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(Map.of("result", "ABSENT", "score", 0))
                    .post(RECORD_RESULT, "jinhe", id).then().statusCode(422).body("violations.field", hasItem("score"));
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(Map.of("result", "ABSENT"))
                    .post(RECORD_RESULT, "jinhe", id).then().statusCode(200).body("status", equalTo("ABSENT"))
                    .body("score", nullValue());
        }

        @Test
        void a_result_cannot_be_recorded_twice() {
            String id = register(unique("二"));
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(Map.of("result", "FAILED", "score", 52))
                    .post(RECORD_RESULT, "jinhe", id).then().statusCode(200);
            as(Users.JINHE_STAFF).header("If-Match", "\"1\"").body(pass(unique("N")))
                    .post(RECORD_RESULT, "jinhe", id).then().statusCode(422).contentType(PROBLEM)
                    .body("violations.field", hasItem("status"));
        }

        @Test
        void no_result_before_the_exam_day() {
            String id = register(Users.JINHE_STAFF, "jinhe", with(with(registration(unique("早")), "examYear", 2099),
                    "examDate", "2099-11-21"));
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(Map.of("result", "FAILED", "score", 30))
                    .post(RECORD_RESULT, "jinhe", id).then().statusCode(422)
                    .body("violations.field", hasItem("result"));
        }

        @Test
        void record_result_roles_401_403_404_412_428() {
            String id = register(unique("权"));
            Map<String, Object> failed = Map.of("result", "FAILED", "score", 52);
            anonymous().header("If-Match", "\"0\"").body(failed).post(RECORD_RESULT, "jinhe", id)
                    .then().statusCode(401);
            for (Users user : new Users[] {Users.JINHE_OFFICER, Users.JINHE_AUDITOR, Users.JINHE_REVIEWER}) {
                as(user).header("If-Match", "\"0\"").body(failed).post(RECORD_RESULT, "jinhe", id)
                        .then().statusCode(403).contentType(PROBLEM);
            }
            as(Users.GAOCUN_STAFF).header("If-Match", "\"0\"").body(failed).post(RECORD_RESULT, "jinhe", id)
                    .then().statusCode(404);
            as(Users.GAOCUN_STAFF).header("If-Match", "\"0\"").body(failed).post(RECORD_RESULT, "gaocun", id)
                    .then().statusCode(404);
            as(Users.JINHE_STAFF).body(failed).post(RECORD_RESULT, "jinhe", id).then().statusCode(428)
                    .body("rule", equalTo("SYS-02"));
            as(Users.JINHE_STAFF).header("If-Match", "\"3\"").body(failed).post(RECORD_RESULT, "jinhe", id)
                    .then().statusCode(412).body("rule", equalTo("SYS-02"));
            as(Users.JINHE_STAFF).get(REGISTRATION, "jinhe", id).then().body("status", equalTo("REGISTERED"));
        }
    }

    @Nested
    class Reading {

        @Test
        void every_township_role_reads_and_another_township_gets_404() {
            String id = register(unique("读"));
            for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_OFFICER, Users.JINHE_REVIEWER,
                    Users.JINHE_LEADER, Users.JINHE_AUDITOR, Users.COUNTY_AUDITOR, Users.COUNTY_SYSTEM, Users.ADMIN}) {
                as(user).get(REGISTRATION, "jinhe", id).then().statusCode(200).header("ETag", equalTo("\"0\""));
                as(user).get(REGISTRATIONS, "jinhe").then().statusCode(200);
            }
            anonymous().get(REGISTRATION, "jinhe", id).then().statusCode(401);
            as(Users.GAOCUN_STAFF).get(REGISTRATION, "jinhe", id).then().statusCode(404);
            as(Users.GAOCUN_STAFF).get(REGISTRATION, "gaocun", id).then().statusCode(404);
            as(Users.JINHE_STAFF).get(REGISTRATIONS, "gaocun").then().statusCode(404);
        }

        @Test
        void the_list_filters_by_year_and_status_and_sorts() {
            String tag = unique("年");
            String id2024 = register(Users.GAOCUN_STAFF, "gaocun", with(with(with(registration(tag + "A"), "examYear",
                    2024), "examDate", "2024-11-09"), "registeredOn", "2024-09-01"));
            register(Users.GAOCUN_STAFF, "gaocun", registration(tag + "B"));
            ValidatableResponse all = as(Users.GAOCUN_LEADER).queryParam("sort", "personName,asc")
                    .get(REGISTRATIONS, "gaocun").then().statusCode(200);
            assertThat(all.extract().<Integer>path("total")).isGreaterThanOrEqualTo(2);
            as(Users.GAOCUN_LEADER).queryParam("year", "2024").get(REGISTRATIONS, "gaocun").then()
                    .body("items.id", hasItem(id2024));
            as(Users.GAOCUN_LEADER).queryParam("year", "2024").queryParam("status", "PASSED")
                    .get(REGISTRATIONS, "gaocun").then().body("items.id", org.hamcrest.Matchers.not(hasItem(id2024)));
        }

        @Test
        void bad_list_parameters_are_422_naming_them() {
            as(Users.JINHE_STAFF).queryParam("year", "x").get(REGISTRATIONS, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("year"));
            as(Users.JINHE_STAFF).queryParam("year", "1900").get(REGISTRATIONS, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("year"));
            as(Users.JINHE_STAFF).queryParam("status", "PENDING").get(REGISTRATIONS, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("status"));
            as(Users.JINHE_STAFF).queryParam("sort", "score,asc").get(REGISTRATIONS, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("sort"));
        }
    }
}
