package fazhi.adapter.rest.document;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The normative documents API: /api/v1/townships/{t}/normative-documents, its actions and the public list. */
@QuarkusTest
class NormativeDocumentApiTest {

    static final String DOCUMENTS = "/api/v1/townships/{t}/normative-documents";
    static final String DOCUMENT = DOCUMENTS + "/{id}";
    static final String ACTION = DOCUMENT + "/actions/{verb}";
    static final String PUBLIC = "/api/v1/public/townships/{t}/normative-documents";
    static final String APPROVE = "/api/v1/townships/{t}/legality-reviews/{id}/actions/approve";
    static final String PROBLEM = "application/problem+json";
    static final Users[] NOT_KEEPERS = {Users.JINHE_OFFICER, Users.JINHE_REVIEWER, Users.JINHE_AUDITOR,
            Users.COUNTY_SYSTEM, Users.ADMIN};

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

    static Map<String, Object> draft(String title) {
        return Map.of("title", title, "issuer", "锦和镇人民政府");
    }

    static String drafted(Users clerk, String township, String title) {
        return as(clerk).body(draft(title)).post(DOCUMENTS, township).then().statusCode(201).extract().path("id");
    }

    static String etag(String township, String id) {
        Users reader = township.equals("gaocun") ? Users.GAOCUN_LEADER : Users.JINHE_LEADER;
        return as(reader).get(DOCUMENT, township, id).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse act(Users user, String id, String verb, Object body) {
        var request = as(user).header("If-Match", etag("jinhe", id));
        if (body != null) {
            request.body(body);
        }
        return request.post(ACTION, "jinhe", id, verb).then();
    }

    static Map<String, Object> submission() {
        return Map.of("materials", List.of("送审稿", "起草说明"), "reviewer", Users.JINHE_REVIEWER.username());
    }

    /** Drafted and submitted by the clerk to the first reviewer. */
    static String inReview(String title) {
        String id = drafted(Users.JINHE_STAFF, "jinhe", title);
        act(Users.JINHE_STAFF, id, "submit-for-review", submission()).statusCode(200);
        return id;
    }

    /** The reviewer approves the document's review today (early, so with the reason LR-01 asks for). */
    static void approved(String id) {
        String reviewId = as(Users.JINHE_STAFF).get(DOCUMENT, "jinhe", id).then().extract().path("review.reviewId");
        String reviewEtag = as(Users.JINHE_REVIEWER).get("/api/v1/townships/{t}/legality-reviews/{id}", "jinhe",
                reviewId).then().statusCode(200).extract().header("ETag");
        as(Users.JINHE_REVIEWER).header("If-Match", reviewEtag).body(Map.of("earlyReason", "镇政府常务会议定于次日审议"))
                .post(APPROVE, "jinhe", reviewId).then().statusCode(200);
    }

    static Map<String, Object> issue(String number) {
        return Map.of("number", number, "issuedOn", today().toString(), "effectiveOn", today().toString());
    }

    /** Through review to issue: in force today, valid the longest LR-06 allows. */
    static String inForce(String title) {
        String id = inReview(title);
        approved(id);
        act(Users.JINHE_LEADER, id, "issue", issue(unique("锦政发〔2025〕"))).statusCode(200);
        return id;
    }

    long documentsTitled(String title) {
        return sql.count("select count(*) from normative_documents where title = ?", title);
    }

    @Nested
    class Drafting {

        @Test
        void a_clerk_drafts_a_document_and_gets_its_location_and_etag() {
            String title = unique("锦和镇人民政府合同管理办法(试行)");
            as(Users.JINHE_STAFF).body(draft(title)).post(DOCUMENTS, "jinhe").then().statusCode(201)
                    .header("Location", containsString("/api/v1/townships/jinhe/normative-documents/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("title", equalTo(title))
                    .body("status", equalTo("DRAFT"))
                    .body("provisional", equalTo(true))
                    .body("review.outcome", equalTo("NONE"))
                    .body("review.passed", equalTo(false))
                    .body("expired", equalTo(false));
        }

        @Test
        void a_leader_drafts_too_and_marks_a_document_provisional() {
            as(Users.JINHE_LEADER).body(Map.of("title", unique("锦和镇农村建房管理规定"), "issuer", "锦和镇人民政府",
                    "provisional", true)).post(DOCUMENTS, "jinhe").then().statusCode(201)
                    .body("provisional", equalTo(true));
        }

        @Test
        void roles_that_do_not_keep_the_register_get_403_and_nothing_is_written() {
            for (Users user : NOT_KEEPERS) {
                String title = unique("禁");
                as(user).body(draft(title)).post(DOCUMENTS, "jinhe").then().statusCode(403).contentType(PROBLEM);
                assertThat(documentsTitled(title)).as(user.name()).isZero();
            }
        }

        @Test
        void without_a_token_it_is_401_and_another_township_404() {
            anonymous().body(draft(unique("x"))).post(DOCUMENTS, "jinhe").then().statusCode(401).contentType(PROBLEM);
            as(Users.GAOCUN_STAFF).body(draft(unique("x"))).post(DOCUMENTS, "jinhe").then().statusCode(404)
                    .contentType(PROBLEM);
        }

        @Test
        void a_retry_with_the_same_idempotency_key_drafts_once() {
            String key = UUID.randomUUID().toString();
            String title = unique("幂等");
            String first = as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(draft(title))
                    .post(DOCUMENTS, "jinhe").then().statusCode(201).extract().path("id");
            as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(draft(title)).post(DOCUMENTS, "jinhe")
                    .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
            as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(draft(unique("另"))).post(DOCUMENTS, "jinhe")
                    .then().statusCode(422).body("rule", equalTo("SYS-03"));
            assertThat(documentsTitled(title)).isEqualTo(1);
        }
    }

    @Nested
    class BadInput {

        void refused(String body, int status, String field) {
            long before = sql.count("select count(*) from normative_documents");
            ValidatableResponse response = as(Users.JINHE_STAFF).body(body).post(DOCUMENTS, "jinhe")
                    .then().statusCode(status).contentType(PROBLEM).body("status", equalTo(status));
            if (field != null) {
                response.body("violations.field", hasItem(field));
            }
            assertThat(sql.count("select count(*) from normative_documents")).as("nothing written").isEqualTo(before);
        }

        @Test
        void malformed_json_is_400() {
            refused("{\"title\": \"办法\", ", 400, null);
        }

        @Test
        void a_value_of_the_wrong_type_is_400_naming_the_field() {
            refused("{\"title\":\"办法\",\"issuer\":\"镇政府\",\"provisional\":\"maybe\"}", 400, "provisional");
        }

        @Test
        void an_over_long_title_is_422_naming_it() {
            refused("{\"title\":\"" + "办".repeat(201) + "\",\"issuer\":\"镇政府\"}", 422, "title");
        }

        @Test
        void a_missing_issuer_is_422_naming_it() {
            refused("{\"title\":\"办法\"}", 422, "issuer");
        }

        @Test
        void a_bad_date_in_an_action_is_400_naming_it_and_nothing_changes() {
            String id = inReview(unique("日期"));
            act(Users.JINHE_LEADER, id, "issue", "{\"number\":\"N1\",\"issuedOn\":\"2025-02-30\","
                    + "\"effectiveOn\":\"2025-03-01\"}").statusCode(400).contentType(PROBLEM)
                    .body("violations.field", hasItem("issuedOn"));
            as(Users.JINHE_STAFF).get(DOCUMENT, "jinhe", id).then().body("status", equalTo("IN_REVIEW"));
        }

        @Test
        void bad_list_parameters_are_422_naming_them() {
            as(Users.JINHE_STAFF).queryParam("status", "VALID").get(DOCUMENTS, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("status"));
            as(Users.JINHE_STAFF).queryParam("evaluationDue", "soon").get(DOCUMENTS, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("evaluationDue"));
            as(Users.JINHE_STAFF).queryParam("sort", "issuer,asc").get(DOCUMENTS, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("sort"));
            as(Users.JINHE_STAFF).queryParam("year", "1999").get(DOCUMENTS, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("year"));
        }
    }

    @Nested
    class Reading {

        @Test
        void every_township_role_reads_the_register() {
            String id = drafted(Users.JINHE_STAFF, "jinhe", unique("读"));
            for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_OFFICER, Users.JINHE_REVIEWER,
                    Users.JINHE_LEADER, Users.JINHE_AUDITOR, Users.COUNTY_AUDITOR, Users.COUNTY_SYSTEM, Users.ADMIN}) {
                as(user).get(DOCUMENT, "jinhe", id).then().statusCode(200).header("ETag", equalTo("\"0\""));
                as(user).get(DOCUMENTS, "jinhe").then().statusCode(200);
            }
        }

        @Test
        void without_a_token_reading_is_401() {
            String id = drafted(Users.JINHE_STAFF, "jinhe", unique("读"));
            anonymous().get(DOCUMENT, "jinhe", id).then().statusCode(401).contentType(PROBLEM);
            anonymous().get(DOCUMENTS, "jinhe").then().statusCode(401);
        }

        @Test
        void another_townships_document_is_404_sys04() {
            String gaocun = drafted(Users.GAOCUN_STAFF, "gaocun", unique("高"));
            as(Users.JINHE_STAFF).get(DOCUMENT, "gaocun", gaocun).then().statusCode(404).contentType(PROBLEM);
            as(Users.JINHE_STAFF).get(DOCUMENT, "jinhe", gaocun).then().statusCode(404);
            as(Users.JINHE_STAFF).get(DOCUMENTS, "gaocun").then().statusCode(404);
        }

        @Test
        void the_list_filters_by_status_text_and_provisional() {
            String tag = unique("筛");
            drafted(Users.JINHE_STAFF, "jinhe", tag + "管理办法(试行)");
            drafted(Users.JINHE_STAFF, "jinhe", tag + "工作制度");
            inReview(tag + "实施细则");
            as(Users.JINHE_STAFF).queryParam("q", tag).get(DOCUMENTS, "jinhe").then().body("total", equalTo(3));
            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("status", "IN_REVIEW").get(DOCUMENTS, "jinhe")
                    .then().body("total", equalTo(1)).body("items[0].title", equalTo(tag + "实施细则"));
            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("provisional", "true").get(DOCUMENTS, "jinhe")
                    .then().body("total", equalTo(1));
            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("sort", "title,desc").queryParam("size", "1")
                    .get(DOCUMENTS, "jinhe").then().body("items.size()", equalTo(1)).body("total", equalTo(3));
        }
    }

    @Nested
    class Editing {

        @Test
        void a_clerk_edits_a_draft_with_the_etag_read() {
            String id = drafted(Users.JINHE_STAFF, "jinhe", unique("改"));
            String title = unique("改名");
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(draft(title)).put(DOCUMENT, "jinhe", id)
                    .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("title", equalTo(title));
        }

        @Test
        void stale_is_412_missing_is_428_other_roles_403_other_township_404_anonymous_401() {
            String id = drafted(Users.JINHE_STAFF, "jinhe", unique("改"));
            as(Users.JINHE_STAFF).header("If-Match", "\"5\"").body(draft("x")).put(DOCUMENT, "jinhe", id)
                    .then().statusCode(412).contentType(PROBLEM).body("rule", equalTo("SYS-02"));
            as(Users.JINHE_STAFF).body(draft("x")).put(DOCUMENT, "jinhe", id)
                    .then().statusCode(428).body("rule", equalTo("SYS-02"));
            as(Users.JINHE_OFFICER).header("If-Match", "\"0\"").body(draft("x")).put(DOCUMENT, "jinhe", id)
                    .then().statusCode(403);
            as(Users.GAOCUN_STAFF).header("If-Match", "\"0\"").body(draft("x")).put(DOCUMENT, "jinhe", id)
                    .then().statusCode(404);
            anonymous().header("If-Match", "\"0\"").body(draft("x")).put(DOCUMENT, "jinhe", id)
                    .then().statusCode(401);
            as(Users.JINHE_STAFF).get(DOCUMENT, "jinhe", id).then().body("version", equalTo(0));
        }
    }

    @Nested
    class SubmittingForReview {

        @Test
        void a_clerk_submits_a_draft_and_its_review_opens() {
            String id = drafted(Users.JINHE_STAFF, "jinhe", unique("审"));
            act(Users.JINHE_STAFF, id, "submit-for-review", submission()).statusCode(200)
                    .body("status", equalTo("IN_REVIEW"))
                    .body("reviewSubmittedOn", equalTo(today().toString()))
                    .body("review.outcome", equalTo("PENDING"))
                    .body("review.round", equalTo(1));
            assertThat(sql.count("select count(*) from legality_reviews where subject_type = 'NORMATIVE_DOCUMENT' "
                    + "and subject_ref = ? and reviewer = ?", id, Users.JINHE_REVIEWER.username())).isEqualTo(1);
        }

        @Test
        void naming_oneself_as_reviewer_is_refused_with_lr04_and_nothing_changes() {
            String id = drafted(Users.JINHE_LEADER, "jinhe", unique("审"));
            act(Users.JINHE_LEADER, id, "submit-for-review", Map.of("materials", List.of("送审稿"), "reviewer",
                    Users.JINHE_LEADER.username())).statusCode(422).body("rule", equalTo("LR-04"));
            as(Users.JINHE_STAFF).get(DOCUMENT, "jinhe", id).then().body("status", equalTo("DRAFT"));
            assertThat(sql.count("select count(*) from legality_reviews where subject_ref = ?", id)).isZero();
        }

        @Test
        void without_materials_it_is_422_naming_them() {
            String id = drafted(Users.JINHE_STAFF, "jinhe", unique("审"));
            act(Users.JINHE_STAFF, id, "submit-for-review", Map.of("materials", List.of()))
                    .statusCode(422).body("violations.field", hasItem("materials"));
        }

        @Test
        void roles_etag_township_and_token_are_checked() {
            String id = drafted(Users.JINHE_STAFF, "jinhe", unique("审"));
            String path = ACTION;
            as(Users.JINHE_OFFICER).header("If-Match", "\"0\"").body(submission()).post(path, "jinhe", id, "submit-for-review")
                    .then().statusCode(403);
            as(Users.GAOCUN_STAFF).header("If-Match", "\"0\"").body(submission()).post(path, "jinhe", id, "submit-for-review")
                    .then().statusCode(404);
            anonymous().header("If-Match", "\"0\"").body(submission()).post(path, "jinhe", id, "submit-for-review")
                    .then().statusCode(401);
            as(Users.JINHE_STAFF).body(submission()).post(path, "jinhe", id, "submit-for-review")
                    .then().statusCode(428);
            as(Users.JINHE_STAFF).header("If-Match", "\"3\"").body(submission()).post(path, "jinhe", id, "submit-for-review")
                    .then().statusCode(412).body("rule", equalTo("SYS-02"));
        }
    }

    @Nested
    class Issuing {

        @Test
        void issue_before_the_review_passed_is_refused_with_lr01_and_its_legal_basis() {
            String id = inReview(unique("印"));
            act(Users.JINHE_LEADER, id, "issue", issue(unique("锦政发"))).statusCode(422).contentType(PROBLEM)
                    .body("rule", equalTo("LR-01"))
                    .body("legalBasis", equalTo("国办发〔2018〕115号"))
                    .body("detail", containsString("LR-01"));
            as(Users.JINHE_STAFF).get(DOCUMENT, "jinhe", id).then().body("status", equalTo("IN_REVIEW"))
                    .body("number", nullValue());
        }

        @Test
        void after_the_review_passed_a_leader_issues_it_and_the_public_sees_it() {
            String title = unique("锦和镇人民政府重大行政决策合法性审查工作制度");
            String id = inReview(title);
            approved(id);
            String number = unique("锦政发〔2025〕");
            act(Users.JINHE_LEADER, id, "issue", issue(number)).statusCode(200)
                    .body("status", equalTo("EFFECTIVE"))
                    .body("number", equalTo(number))
                    .body("review.passed", equalTo(true))
                    .body("validUntil", equalTo(today().plusYears(5).minusDays(1).toString()))
                    .body("evaluationDueOn", equalTo(today().plusYears(5).minusDays(1).minusMonths(6).toString()));
            anonymous().queryParam("size", "200").get(PUBLIC, "jinhe").then().statusCode(200)
                    .body("items.number", hasItem(number))
                    .body("items.find { it.number == '" + number + "' }.title", equalTo(title))
                    .body("items[0].id", nullValue());
        }

        @Test
        void a_validity_over_five_years_is_refused_with_lr06() {
            String id = inReview(unique("印"));
            approved(id);
            Map<String, Object> body = new HashMap<>(issue(unique("锦政发")));
            body.put("validUntil", today().plusYears(5).toString());
            act(Users.JINHE_LEADER, id, "issue", body).statusCode(422)
                    .body("rule", equalTo("LR-06"))
                    .body("legalBasis", equalTo("国办发〔2018〕37号"));
        }

        @Test
        void a_provisional_document_valid_over_two_years_is_refused_with_lr06_in_english_too() {
            String id = inReview(unique("锦和镇集镇管理办法(试行)"));
            approved(id);
            Map<String, Object> body = new HashMap<>(issue(unique("锦政发")));
            body.put("validUntil", today().plusYears(2).toString());
            as(Users.JINHE_LEADER).header("Accept-Language", "en").header("If-Match", etag("jinhe", id)).body(body)
                    .post(ACTION, "jinhe", id, "issue").then().statusCode(422)
                    .body("rule", equalTo("LR-06"))
                    .body("detail", containsString("at most two years"));
        }

        @Test
        void a_number_already_issued_is_422_on_number() {
            String first = inReview(unique("号"));
            approved(first);
            String number = unique("锦政发〔2025〕");
            act(Users.JINHE_LEADER, first, "issue", issue(number)).statusCode(200);
            String second = inReview(unique("号"));
            approved(second);
            act(Users.JINHE_LEADER, second, "issue", issue(number)).statusCode(422)
                    .body("violations.field", hasItem("number"));
        }

        @Test
        void only_a_leader_issues_and_another_township_is_404() {
            String id = inReview(unique("印"));
            approved(id);
            String etag = etag("jinhe", id);
            as(Users.JINHE_STAFF).header("If-Match", etag).body(issue("N-1")).post(ACTION, "jinhe", id, "issue")
                    .then().statusCode(403);
            as(Users.GAOCUN_LEADER).header("If-Match", etag).body(issue("N-1")).post(ACTION, "jinhe", id, "issue")
                    .then().statusCode(404);
            anonymous().header("If-Match", etag).body(issue("N-1")).post(ACTION, "jinhe", id, "issue")
                    .then().statusCode(401);
            as(Users.JINHE_LEADER).body(issue("N-1")).post(ACTION, "jinhe", id, "issue").then().statusCode(428);
            as(Users.JINHE_LEADER).header("If-Match", "\"9\"").body(issue("N-1")).post(ACTION, "jinhe", id, "issue")
                    .then().statusCode(412);
        }
    }

    @Nested
    class InForce {

        @Test
        void a_document_in_force_is_amended_by_another_of_the_register() {
            String id = inForce(unique("改"));
            String amending = drafted(Users.JINHE_STAFF, "jinhe", unique("修改决定"));
            act(Users.JINHE_STAFF, id, "amend", Map.of("amendedBy", amending)).statusCode(200)
                    .body("status", equalTo("AMENDED")).body("amendedBy", equalTo(amending));
        }

        @Test
        void an_amendment_naming_nothing_is_422() {
            String id = inForce(unique("改"));
            act(Users.JINHE_STAFF, id, "amend", Map.of()).statusCode(422).body("violations.field", hasItem("amendedBy"));
        }

        @Test
        void a_leader_repeals_with_a_reason_and_the_public_no_longer_sees_it() {
            String id = inForce(unique("废"));
            String number = as(Users.JINHE_STAFF).get(DOCUMENT, "jinhe", id).then().extract().path("number");
            act(Users.JINHE_STAFF, id, "repeal", Map.of("repealedOn", today().toString(), "reason", "上位法已废止"))
                    .statusCode(403);
            act(Users.JINHE_LEADER, id, "repeal", Map.of("repealedOn", today().toString(), "reason", "上位法已废止"))
                    .statusCode(200).body("status", equalTo("REPEALED")).body("repealReason", equalTo("上位法已废止"));
            anonymous().queryParam("size", "200").get(PUBLIC, "jinhe").then().body("items.number", not(hasItem(number)));
        }

        @Test
        void a_document_past_its_validity_shows_expired_and_its_expiry_is_recorded() {
            String id = inForce(unique("期"));
            sql.update("update normative_documents set valid_until = ?, evaluation_due_on = ? where id = ?",
                    today().minusDays(1), today().minusMonths(6), id);
            as(Users.JINHE_STAFF).get(DOCUMENT, "jinhe", id).then()
                    .body("status", equalTo("EXPIRED")).body("recordedStatus", equalTo("EFFECTIVE"))
                    .body("expired", equalTo(true)).body("evaluationDue", equalTo(false));
            act(Users.JINHE_STAFF, id, "re-evaluate", Map.of("evaluatedOn", today().toString(), "conclusion", "继续施行"))
                    .statusCode(422).body("rule", equalTo("LR-06"));
            act(Users.JINHE_STAFF, id, "expire", null).statusCode(200)
                    .body("recordedStatus", equalTo("EXPIRED")).body("expiredOn", equalTo(today().toString()));
        }

        @Test
        void a_document_due_for_evaluation_is_listed_and_re_evaluated_within_lr06() {
            String tag = unique("评");
            String id = inForce(tag);
            sql.update("update normative_documents set valid_until = ?, evaluation_due_on = ? where id = ?",
                    today().plusMonths(2), today().minusMonths(4), id);
            as(Users.JINHE_STAFF).queryParam("q", tag).queryParam("evaluationDue", "true").get(DOCUMENTS, "jinhe")
                    .then().body("total", equalTo(1)).body("items[0].evaluationDue", equalTo(true));
            act(Users.JINHE_STAFF, id, "re-evaluate", Map.of("evaluatedOn", today().toString(),
                    "validUntil", today().plusYears(5).toString(), "conclusion", "继续施行")).statusCode(422)
                    .body("rule", equalTo("LR-06"));
            act(Users.JINHE_STAFF, id, "re-evaluate", Map.of("evaluatedOn", today().toString(),
                    "conclusion", "经评估，继续施行")).statusCode(200)
                    .body("validFrom", equalTo(today().toString()))
                    .body("validUntil", equalTo(today().plusYears(5).minusDays(1).toString()))
                    .body("reevaluations[0].conclusion", equalTo("经评估，继续施行"))
                    .body("reevaluations[0].evaluatedBy", equalTo(Users.JINHE_STAFF.username()))
                    .body("evaluationDue", equalTo(false));
        }

        @Test
        void recording_an_expiry_of_a_valid_document_is_422() {
            String id = inForce(unique("期"));
            act(Users.JINHE_STAFF, id, "expire", null).statusCode(422).body("violations.field", hasItem("status"));
        }

        @Test
        void the_actions_on_a_document_in_force_check_role_township_token_and_etag() {
            String id = inForce(unique("权"));
            Map<String, Map<String, Object>> bodies = Map.of(
                    "amend", Map.of("note", "第五条修改"),
                    "repeal", Map.of("repealedOn", today().toString(), "reason", "废止"),
                    "re-evaluate", Map.of("evaluatedOn", today().toString(), "conclusion", "继续施行"),
                    "expire", Map.of());
            String etag = etag("jinhe", id);
            bodies.forEach((verb, body) -> {
                as(Users.JINHE_AUDITOR).header("If-Match", etag).body(body).post(ACTION, "jinhe", id, verb)
                        .then().statusCode(403);
                as(Users.GAOCUN_LEADER).header("If-Match", etag).body(body).post(ACTION, "jinhe", id, verb)
                        .then().statusCode(404);
                anonymous().header("If-Match", etag).body(body).post(ACTION, "jinhe", id, verb).then().statusCode(401);
                as(Users.JINHE_LEADER).body(body).post(ACTION, "jinhe", id, verb).then().statusCode(428);
                as(Users.JINHE_LEADER).header("If-Match", "\"99\"").body(body).post(ACTION, "jinhe", id, verb)
                        .then().statusCode(412).body("rule", equalTo("SYS-02"));
            });
            as(Users.JINHE_STAFF).get(DOCUMENT, "jinhe", id).then().body("status", equalTo("EFFECTIVE"))
                    .header("ETag", equalTo(etag));
        }

        @Test
        void every_change_is_audited() {
            String id = inForce(unique("审计"));
            assertThat(sql.count("select count(*) from audit_events where record_type = 'normative-document' "
                    + "and record_id = ?", id)).isEqualTo(3);
            assertThat(sql.count("select count(*) from audit_events where record_id = ? and action = "
                    + "'normative-document.issued'", id)).isEqualTo(1);
        }
    }

    @Nested
    class PublicList {

        @Test
        void the_public_list_needs_no_login_and_shows_only_documents_in_force() {
            String draftTitle = unique("草稿");
            drafted(Users.JINHE_STAFF, "jinhe", draftTitle);
            anonymous().queryParam("size", "200").get(PUBLIC, "jinhe").then().statusCode(200)
                    .body("items.title", not(hasItem(draftTitle)))
                    .body("page", equalTo(0))
                    .body("total", notNullValue());
        }

        @Test
        void an_unknown_township_is_404_and_bad_paging_422() {
            anonymous().get(PUBLIC, "nowhere").then().statusCode(404).contentType(PROBLEM);
            anonymous().get(PUBLIC, "NOT A CODE").then().statusCode(404);
            anonymous().queryParam("sort", "title,asc").get(PUBLIC, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("sort"));
        }
    }
}
