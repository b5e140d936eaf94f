package fazhi.adapter.rest.adviser;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Legal advisers and their consultations: /api/v1/townships/{t}/legal-advisers. */
@QuarkusTest
class LegalAdviserApiTest {

    static final String ADVISERS = "/api/v1/townships/{t}/legal-advisers";
    static final String ADVISER = ADVISERS + "/{id}";
    static final String CONSULTATIONS = ADVISER + "/consultations";
    static final String CONSULTATION = CONSULTATIONS + "/{cid}";
    static final String PROBLEM = "application/problem+json";
    static final Users[] NOT_KEEPERS = {Users.JINHE_OFFICER, Users.JINHE_REVIEWER, Users.JINHE_AUDITOR,
            Users.COUNTY_SYSTEM, Users.ADMIN};
    static final Users[] READERS = {Users.JINHE_STAFF, Users.JINHE_OFFICER, Users.JINHE_REVIEWER,
            Users.JINHE_LEADER, Users.JINHE_AUDITOR, Users.COUNTY_AUDITOR, Users.COUNTY_SYSTEM, Users.ADMIN};

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

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static Map<String, Object> adviser(String name) {
        return Map.of("name", name, "lawFirm", "湖南芙蓉律师事务所", "engagedFrom", today().minusMonths(6).toString(),
                "engagedUntil", today().plusMonths(6).toString(), "scope", "项目投资、依法行政、行政诉讼");
    }

    static String engaged(Users clerk, String township) {
        return as(clerk).body(adviser(unique("向"))).post(ADVISERS, township).then().statusCode(201)
                .extract().path("id");
    }

    static Map<String, Object> consultation(String subject) {
        return Map.of("consultedOn", today().toString(), "subject", subject, "advice", "建议依法答复",
                "linkedRecordType", "CONTRACT", "linkedRecordId", "HT-2025-023");
    }

    static String consulted(String township, String adviserId) {
        Users clerk = township.equals("gaocun") ? Users.GAOCUN_STAFF : Users.JINHE_STAFF;
        return as(clerk).body(consultation(unique("咨询"))).post(CONSULTATIONS, township, adviserId).then()
                .statusCode(201).extract().path("id");
    }

    @Nested
    class Advisers {

        @Test
        void a_clerk_engages_an_adviser_active_today() {
            String name = unique("向明远");
            as(Users.JINHE_STAFF).body(adviser(name)).post(ADVISERS, "jinhe").then().statusCode(201)
                    .header("Location", containsString("/api/v1/townships/jinhe/legal-advisers/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("name", equalTo(name)).body("status", equalTo("ACTIVE"));
            as(Users.JINHE_STAFF).queryParam("q", name).queryParam("engagedOn", today().toString())
                    .get(ADVISERS, "jinhe").then().body("total", equalTo(1));
            as(Users.JINHE_STAFF).queryParam("q", name).queryParam("engagedOn", today().plusYears(1).toString())
                    .get(ADVISERS, "jinhe").then().body("total", equalTo(0));
            assertThat(sql.count("select count(*) from audit_events where action = 'legal-adviser.engaged' and "
                    + "changes like ?", "%" + name + "%")).isEqualTo(1);
        }

        @Test
        void engaging_checks_roles_token_township_and_idempotency() {
            for (Users user : NOT_KEEPERS) {
                String name = unique("禁");
                as(user).body(adviser(name)).post(ADVISERS, "jinhe").then().statusCode(403).contentType(PROBLEM);
                assertThat(sql.count("select count(*) from legal_advisers where name = ?", name)).isZero();
            }
            as(Users.JINHE_LEADER).body(adviser(unique("向"))).post(ADVISERS, "jinhe").then().statusCode(201);
            anonymous().body(adviser(unique("x"))).post(ADVISERS, "jinhe").then().statusCode(401);
            as(Users.GAOCUN_STAFF).body(adviser(unique("x"))).post(ADVISERS, "jinhe").then().statusCode(404);
            String key = UUID.randomUUID().toString();
            String name = unique("幂");
            String first = as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(adviser(name))
                    .post(ADVISERS, "jinhe").then().statusCode(201).extract().path("id");
            as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(adviser(name)).post(ADVISERS, "jinhe")
                    .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
            assertThat(sql.count("select count(*) from legal_advisers where name = ?", name)).isEqualTo(1);
        }

        @Test
        void bad_input_is_400_or_422_naming_the_field_and_nothing_is_written() {
            long before = sql.count("select count(*) from legal_advisers");
            as(Users.JINHE_STAFF).body("{\"name\":").post(ADVISERS, "jinhe").then().statusCode(400)
                    .contentType(PROBLEM);
            as(Users.JINHE_STAFF).body("{\"name\":\"向\",\"lawFirm\":\"所\",\"engagedFrom\":\"2025-02-29\","
                    + "\"engagedUntil\":\"2025-12-31\"}").post(ADVISERS, "jinhe").then().statusCode(400)
                    .body("violations.field", hasItem("engagedFrom"));
            as(Users.JINHE_STAFF).body("{\"name\":\"" + "向".repeat(51) + "\",\"lawFirm\":\"所\","
                    + "\"engagedFrom\":\"2025-01-01\",\"engagedUntil\":\"2025-12-31\"}").post(ADVISERS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("name"));
            as(Users.JINHE_STAFF).body("{\"name\":\"向\",\"engagedFrom\":\"2025-01-01\",\"engagedUntil\":\"2025-12-31\"}")
                    .post(ADVISERS, "jinhe").then().statusCode(422).body("violations.field", hasItem("lawFirm"));
            as(Users.JINHE_STAFF).body("{\"name\":\"向\",\"lawFirm\":\"所\",\"engagedFrom\":\"2025-12-31\","
                    + "\"engagedUntil\":\"2025-01-01\"}").post(ADVISERS, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("engagedUntil"));
            as(Users.JINHE_STAFF).queryParam("engagedOn", "2025-13-01").get(ADVISERS, "jinhe").then()
                    .statusCode(422).body("violations.field", hasItem("engagedOn"));
            assertThat(sql.count("select count(*) from legal_advisers")).isEqualTo(before);
        }

        @Test
        void every_township_role_reads_anonymous_is_401_another_township_404() {
            String id = engaged(Users.JINHE_STAFF, "jinhe");
            for (Users user : READERS) {
                as(user).get(ADVISER, "jinhe", id).then().statusCode(200).header("ETag", equalTo("\"0\""));
                as(user).get(ADVISERS, "jinhe").then().statusCode(200);
            }
            anonymous().get(ADVISER, "jinhe", id).then().statusCode(401);
            anonymous().get(ADVISERS, "jinhe").then().statusCode(401);
            String gaocun = engaged(Users.GAOCUN_STAFF, "gaocun");
            as(Users.JINHE_LEADER).get(ADVISER, "gaocun", gaocun).then().statusCode(404).contentType(PROBLEM);
            as(Users.JINHE_LEADER).get(ADVISER, "jinhe", gaocun).then().statusCode(404);
            as(Users.JINHE_LEADER).get(ADVISERS, "gaocun").then().statusCode(404);
        }

        @Test
        void editing_needs_the_etag_the_role_and_the_township() {
            String id = engaged(Users.JINHE_STAFF, "jinhe");
            Map<String, Object> edit = new HashMap<>(adviser(unique("向")));
            edit.put("engagedUntil", today().plusYears(1).toString());
            as(Users.JINHE_OFFICER).header("If-Match", "\"0\"").body(edit).put(ADVISER, "jinhe", id).then()
                    .statusCode(403);
            as(Users.GAOCUN_STAFF).header("If-Match", "\"0\"").body(edit).put(ADVISER, "jinhe", id).then()
                    .statusCode(404);
            anonymous().header("If-Match", "\"0\"").body(edit).put(ADVISER, "jinhe", id).then().statusCode(401);
            as(Users.JINHE_STAFF).body(edit).put(ADVISER, "jinhe", id).then().statusCode(428)
                    .body("rule", equalTo("SYS-02"));
            as(Users.JINHE_STAFF).header("If-Match", "\"3\"").body(edit).put(ADVISER, "jinhe", id).then()
                    .statusCode(412).body("rule", equalTo("SYS-02"));
            as(Users.JINHE_LEADER).header("If-Match", "\"0\"").body(edit).put(ADVISER, "jinhe", id).then()
                    .statusCode(200).header("ETag", equalTo("\"1\""))
                    .body("engagedUntil", equalTo(today().plusYears(1).toString()));
        }
    }

    @Nested
    class Consultations {

        @Test
        void a_clerk_logs_a_consultation_within_the_engagement() {
            String id = engaged(Users.JINHE_STAFF, "jinhe");
            as(Users.JINHE_STAFF).body(consultation("项目投资合作协议")).post(CONSULTATIONS, "jinhe", id).then()
                    .statusCode(201)
                    .header("Location", containsString("/legal-advisers/" + id + "/consultations/"))
                    .body("adviserId", equalTo(id)).body("linkedRecordType", equalTo("CONTRACT"));
            as(Users.JINHE_STAFF).queryParam("linkedRecordType", "CONTRACT").get(CONSULTATIONS, "jinhe", id).then()
                    .statusCode(200).body("total", equalTo(1)).body("items[0].subject", equalTo("项目投资合作协议"));
        }

        @Test
        void a_consultation_outside_the_engagement_or_half_linked_is_422_and_nothing_is_written() {
            String id = engaged(Users.JINHE_STAFF, "jinhe");
            Map<String, Object> late = new HashMap<>(consultation("咨询"));
            late.put("consultedOn", today().plusYears(2).toString());
            as(Users.JINHE_STAFF).body(late).post(CONSULTATIONS, "jinhe", id).then().statusCode(422)
                    .body("violations.field", hasItem("consultedOn"));
            as(Users.JINHE_STAFF).body(Map.of("consultedOn", today().toString(), "subject", "咨询", "advice", "意见",
                    "linkedRecordType", "CONTRACT")).post(CONSULTATIONS, "jinhe", id).then().statusCode(422)
                    .body("violations.field", hasItem("linkedRecordId"));
            as(Users.JINHE_STAFF).body(Map.of("consultedOn", today().toString(), "subject", "咨询", "advice", "意见",
                    "linkedRecordType", "LAWSUIT", "linkedRecordId", "x")).post(CONSULTATIONS, "jinhe", id).then()
                    .statusCode(400).body("violations.field", hasItem("linkedRecordType"));
            as(Users.JINHE_STAFF).body(Map.of("consultedOn", today().toString(), "subject", "咨询",
                    "advice", "意".repeat(4001))).post(CONSULTATIONS, "jinhe", id).then().statusCode(422)
                    .body("violations.field", hasItem("advice"));
            as(Users.JINHE_STAFF).body(Map.of("consultedOn", today().toString(), "advice", "意见"))
                    .post(CONSULTATIONS, "jinhe", id).then().statusCode(422).body("violations.field", hasItem("subject"));
            assertThat(sql.count("select count(*) from legal_adviser_consultations where adviser_id = ?", id)).isZero();
        }

        @Test
        void logging_checks_roles_token_township_and_idempotency() {
            String id = engaged(Users.JINHE_STAFF, "jinhe");
            for (Users user : NOT_KEEPERS) {
                as(user).body(consultation("禁")).post(CONSULTATIONS, "jinhe", id).then().statusCode(403);
            }
            anonymous().body(consultation("x")).post(CONSULTATIONS, "jinhe", id).then().statusCode(401);
            as(Users.GAOCUN_STAFF).body(consultation("x")).post(CONSULTATIONS, "jinhe", id).then().statusCode(404);
            String gaocun = engaged(Users.GAOCUN_STAFF, "gaocun");
            as(Users.JINHE_STAFF).body(consultation("x")).post(CONSULTATIONS, "jinhe", gaocun).then().statusCode(404);
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = consultation(unique("幂"));
            String first = as(Users.JINHE_LEADER).header("Idempotency-Key", key).body(body)
                    .post(CONSULTATIONS, "jinhe", id).then().statusCode(201).extract().path("id");
            as(Users.JINHE_LEADER).header("Idempotency-Key", key).body(body).post(CONSULTATIONS, "jinhe", id)
                    .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
            assertThat(sql.count("select count(*) from legal_adviser_consultations where adviser_id = ?", id))
                    .isEqualTo(1);
        }

        @Test
        void reading_is_for_every_township_role_and_another_township_is_404() {
            String id = engaged(Users.JINHE_STAFF, "jinhe");
            String cid = consulted("jinhe", id);
            for (Users user : READERS) {
                as(user).get(CONSULTATION, "jinhe", id, cid).then().statusCode(200).header("ETag", equalTo("\"0\""));
                as(user).get(CONSULTATIONS, "jinhe", id).then().statusCode(200).body("total", equalTo(1));
            }
            anonymous().get(CONSULTATION, "jinhe", id, cid).then().statusCode(401);
            anonymous().get(CONSULTATIONS, "jinhe", id).then().statusCode(401);
            String gaocun = engaged(Users.GAOCUN_STAFF, "gaocun");
            String gaocunConsultation = consulted("gaocun", gaocun);
            as(Users.JINHE_STAFF).get(CONSULTATION, "gaocun", gaocun, gaocunConsultation).then().statusCode(404);
            as(Users.JINHE_STAFF).get(CONSULTATIONS, "gaocun", gaocun).then().statusCode(404);
            as(Users.JINHE_STAFF).get(CONSULTATION, "jinhe", id, gaocunConsultation).then().statusCode(404);
            as(Users.JINHE_STAFF).queryParam("from", "2025-06-30").queryParam("to", "2025-01-01")
                    .get(CONSULTATIONS, "jinhe", id).then().statusCode(422).body("violations.field", hasItem("to"));
        }

        @Test
        void correcting_needs_the_etag_the_role_and_the_township() {
            String id = engaged(Users.JINHE_STAFF, "jinhe");
            String cid = consulted("jinhe", id);
            Map<String, Object> edit = consultation("更正后的咨询事项");
            as(Users.JINHE_AUDITOR).header("If-Match", "\"0\"").body(edit).put(CONSULTATION, "jinhe", id, cid)
                    .then().statusCode(403);
            as(Users.GAOCUN_STAFF).header("If-Match", "\"0\"").body(edit).put(CONSULTATION, "jinhe", id, cid)
                    .then().statusCode(404);
            anonymous().header("If-Match", "\"0\"").body(edit).put(CONSULTATION, "jinhe", id, cid)
                    .then().statusCode(401);
            as(Users.JINHE_STAFF).body(edit).put(CONSULTATION, "jinhe", id, cid).then().statusCode(428);
            as(Users.JINHE_STAFF).header("If-Match", "\"2\"").body(edit).put(CONSULTATION, "jinhe", id, cid)
                    .then().statusCode(412).body("rule", equalTo("SYS-02"));
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(edit).put(CONSULTATION, "jinhe", id, cid)
                    .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("subject", equalTo("更正后的咨询事项"));
            assertThat(sql.count("select count(*) from audit_events where record_id = ? and action = "
                    + "'legal-adviser.consultation-updated'", cid)).isEqualTo(1);
        }
    }
}
