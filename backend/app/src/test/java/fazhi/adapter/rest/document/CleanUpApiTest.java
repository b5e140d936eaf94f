package fazhi.adapter.rest.document;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static fazhi.adapter.rest.document.NormativeDocumentApiTest.DOCUMENT;
import static fazhi.adapter.rest.document.NormativeDocumentApiTest.PROBLEM;
import static fazhi.adapter.rest.document.NormativeDocumentApiTest.drafted;
import static fazhi.adapter.rest.document.NormativeDocumentApiTest.inForce;
import static fazhi.adapter.rest.document.NormativeDocumentApiTest.today;
import static fazhi.adapter.rest.document.NormativeDocumentApiTest.unique;
import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Clean-up campaigns (集中清理): /api/v1/townships/{t}/normative-documents/clean-ups. */
@QuarkusTest
class CleanUpApiTest {

    static final String CLEAN_UPS = "/api/v1/townships/{t}/normative-documents/clean-ups";
    static final String CLEAN_UP = CLEAN_UPS + "/{id}";

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    static Map<String, Object> campaign(String name) {
        return Map.of("name", name, "heldOn", today().toString());
    }

    static String opened(Users clerk, String township) {
        return as(clerk).body(campaign(unique("集中清理"))).post(CLEAN_UPS, township).then().statusCode(201)
                .extract().path("id");
    }

    static String etag(Users user, String township, String id) {
        return as(user).get(CLEAN_UP, township, id).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse decide(Users user, String id, String documentId, String verdict) {
        return as(user).header("If-Match", etag(Users.JINHE_LEADER, "jinhe", id))
                .body(Map.of("documentId", documentId, "verdict", verdict, "reason", "与上位法不一致"))
                .post(CLEAN_UP + "/decisions", "jinhe", id).then();
    }

    static ValidatableResponse close(Users user, String id) {
        return as(user).header("If-Match", etag(Users.JINHE_LEADER, "jinhe", id))
                .body(Map.of("closedOn", today().toString())).post(CLEAN_UP + "/actions/close", "jinhe", id).then();
    }

    @Test
    void a_campaign_repeals_on_closing_what_it_decided_to_repeal_and_keeps_the_rest() {
        String repeal = inForce(unique("拟废止"));
        String keep = inForce(unique("继续有效"));
        String id = opened(Users.JINHE_STAFF, "jinhe");
        decide(Users.JINHE_STAFF, id, repeal, "REPEAL").statusCode(200).body("decisions.size()", equalTo(1));
        decide(Users.JINHE_STAFF, id, keep, "KEEP").statusCode(200)
                .body("decisions.verdict", hasItem("KEEP"));
        close(Users.JINHE_LEADER, id).statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedOn", equalTo(today().toString()));
        as(Users.JINHE_STAFF).get(DOCUMENT, "jinhe", repeal).then().body("status", equalTo("REPEALED"))
                .body("repealedInCleanUp", equalTo(id)).body("repealReason", equalTo("与上位法不一致"));
        as(Users.JINHE_STAFF).get(DOCUMENT, "jinhe", keep).then().body("status", equalTo("EFFECTIVE"));
        assertThat(sql.count("select count(*) from audit_events where record_id = ? and action = "
                + "'normative-document.repealed'", repeal)).isEqualTo(1);
        decide(Users.JINHE_STAFF, id, keep, "AMEND").statusCode(422).body("violations.field", hasItem("status"));
    }

    @Test
    void only_documents_in_force_of_the_township_are_decided_on() {
        String id = opened(Users.JINHE_STAFF, "jinhe");
        String draft = drafted(Users.JINHE_STAFF, "jinhe", unique("草稿"));
        String gaocun = drafted(Users.GAOCUN_STAFF, "gaocun", unique("高"));
        decide(Users.JINHE_STAFF, id, draft, "KEEP").statusCode(422).body("violations.field", hasItem("documentId"));
        decide(Users.JINHE_STAFF, id, gaocun, "KEEP").statusCode(422).body("violations.field", hasItem("documentId"));
    }

    @Test
    void an_unknown_verdict_is_400_and_a_missing_reason_422_and_nothing_is_written() {
        String document = inForce(unique("文"));
        String id = opened(Users.JINHE_STAFF, "jinhe");
        as(Users.JINHE_STAFF).header("If-Match", "\"0\"")
                .body(Map.of("documentId", document, "verdict", "ABOLISH", "reason", "x"))
                .post(CLEAN_UP + "/decisions", "jinhe", id).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("verdict"));
        as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(Map.of("documentId", document, "verdict", "KEEP"))
                .post(CLEAN_UP + "/decisions", "jinhe", id).then().statusCode(422)
                .body("violations.field", hasItem("reason"));
        assertThat(sql.count("select count(*) from normative_document_clean_up_decisions where clean_up_id = ?", id))
                .isZero();
    }

    @Test
    void opening_is_for_clerks_and_leaders_idempotent_and_checked() {
        as(Users.JINHE_LEADER).body(campaign(unique("清理"))).post(CLEAN_UPS, "jinhe").then().statusCode(201)
                .header("Location", containsString("/normative-documents/clean-ups/")).body("status", equalTo("OPEN"));
        as(Users.JINHE_OFFICER).body(campaign(unique("清理"))).post(CLEAN_UPS, "jinhe").then().statusCode(403);
        as(Users.GAOCUN_STAFF).body(campaign(unique("清理"))).post(CLEAN_UPS, "jinhe").then().statusCode(404);
        anonymous().body(campaign(unique("清理"))).post(CLEAN_UPS, "jinhe").then().statusCode(401);
        as(Users.JINHE_STAFF).body("{\"name\":\"清理\",\"heldOn\":\"2025-13-01\"}").post(CLEAN_UPS, "jinhe")
                .then().statusCode(400).body("violations.field", hasItem("heldOn"));
        as(Users.JINHE_STAFF).body("{\"name\":\"" + "清".repeat(101) + "\",\"heldOn\":\"2025-06-01\"}")
                .post(CLEAN_UPS, "jinhe").then().statusCode(422).body("violations.field", hasItem("name"));
        as(Users.JINHE_STAFF).body("{\"name\":\"清理\"").post(CLEAN_UPS, "jinhe").then().statusCode(400);
        String key = UUID.randomUUID().toString();
        String name = unique("幂等清理");
        String first = as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(campaign(name))
                .post(CLEAN_UPS, "jinhe").then().statusCode(201).extract().path("id");
        as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(campaign(name)).post(CLEAN_UPS, "jinhe")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
        assertThat(sql.count("select count(*) from normative_document_clean_ups where name = ?", name)).isEqualTo(1);
    }

    @Test
    void reading_is_for_every_township_role_and_another_township_is_404() {
        String id = opened(Users.JINHE_STAFF, "jinhe");
        for (Users user : new Users[] {Users.JINHE_OFFICER, Users.JINHE_REVIEWER, Users.JINHE_AUDITOR,
                Users.COUNTY_SYSTEM, Users.ADMIN}) {
            as(user).get(CLEAN_UP, "jinhe", id).then().statusCode(200).header("ETag", equalTo("\"0\""));
            as(user).queryParam("year", String.valueOf(today().getYear())).get(CLEAN_UPS, "jinhe").then()
                    .statusCode(200).body("items.id", hasItem(id));
        }
        anonymous().get(CLEAN_UP, "jinhe", id).then().statusCode(401);
        anonymous().get(CLEAN_UPS, "jinhe").then().statusCode(401);
        String gaocun = opened(Users.GAOCUN_STAFF, "gaocun");
        as(Users.JINHE_STAFF).get(CLEAN_UP, "gaocun", gaocun).then().statusCode(404).contentType(PROBLEM);
        as(Users.JINHE_STAFF).get(CLEAN_UP, "jinhe", gaocun).then().statusCode(404);
        as(Users.JINHE_STAFF).queryParam("status", "DONE").get(CLEAN_UPS, "jinhe").then().statusCode(422);
    }

    @Test
    void deciding_and_closing_check_role_township_token_and_etag() {
        String document = inForce(unique("文"));
        String id = opened(Users.JINHE_STAFF, "jinhe");
        Map<String, Object> decision = Map.of("documentId", document, "verdict", "KEEP", "reason", "继续有效");
        Map<String, Object> closing = Map.of("closedOn", today().toString());
        String decisions = CLEAN_UP + "/decisions";
        String closes = CLEAN_UP + "/actions/close";
        as(Users.JINHE_AUDITOR).header("If-Match", "\"0\"").body(decision).post(decisions, "jinhe", id)
                .then().statusCode(403);
        as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(closing).post(closes, "jinhe", id)
                .then().statusCode(403);
        as(Users.GAOCUN_LEADER).header("If-Match", "\"0\"").body(decision).post(decisions, "jinhe", id)
                .then().statusCode(404);
        as(Users.GAOCUN_LEADER).header("If-Match", "\"0\"").body(closing).post(closes, "jinhe", id)
                .then().statusCode(404);
        anonymous().header("If-Match", "\"0\"").body(decision).post(decisions, "jinhe", id).then().statusCode(401);
        anonymous().header("If-Match", "\"0\"").body(closing).post(closes, "jinhe", id).then().statusCode(401);
        as(Users.JINHE_STAFF).body(decision).post(decisions, "jinhe", id).then().statusCode(428);
        as(Users.JINHE_LEADER).body(closing).post(closes, "jinhe", id).then().statusCode(428);
        as(Users.JINHE_STAFF).header("If-Match", "\"4\"").body(decision).post(decisions, "jinhe", id)
                .then().statusCode(412).body("rule", equalTo("SYS-02"));
        as(Users.JINHE_LEADER).header("If-Match", "\"4\"").body(closing).post(closes, "jinhe", id)
                .then().statusCode(412).body("rule", equalTo("SYS-02"));
        as(Users.JINHE_STAFF).get(CLEAN_UP, "jinhe", id).then().body("status", equalTo("OPEN"))
                .body("decisions.size()", equalTo(0));
    }
}
