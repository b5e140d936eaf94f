package fazhi.adapter.rest.review;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Tokens;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The legality reviews API: /api/v1/townships/{t}/legality-reviews, its actions, inbox and statistics. */
@QuarkusTest
class LegalityReviewApiTest {

    static final String REVIEWS = "/api/v1/townships/{t}/legality-reviews";
    static final String REVIEW = REVIEWS + "/{id}";
    static final String ACTION = REVIEW + "/actions/{verb}";
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

    static Map<String, Object> submission(String type, String ref, String reviewer) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("subjectType", type, "subjectRef", ref,
                "subjectTitle", "锦和镇集镇污水管网建设工程施工合同", "materials", List.of("合同文本（送审稿）", "招标文件")));
        if (reviewer != null) {
            body.put("reviewer", reviewer);
        }
        return body;
    }

    /** Submits a subject as the clerk, assigned to the first reviewer, and answers its id. */
    static String submitted(String type) {
        return submitted(Users.JINHE_STAFF, "jinhe", type, Users.JINHE_REVIEWER.username());
    }

    static String submitted(Users submitter, String township, String type, String reviewer) {
        return as(submitter).body(submission(type, unique("REF-"), reviewer)).post(REVIEWS, township)
                .then().statusCode(201).extract().path("id");
    }

    static String etag(Users user, String township, String id) {
        return as(user).get(REVIEW, township, id).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse act(Users user, String id, String verb, Object body) {
        RequestSpecification request = as(user).header("If-Match", etag(Users.JINHE_LEADER, "jinhe", id));
        if (body != null) {
            request.body(body);
        }
        return request.post(ACTION, "jinhe", id, verb).then();
    }

    static String rejected(String type) {
        String id = submitted(type);
        act(Users.JINHE_REVIEWER, id, "reject", Map.of("reasons", List.of("未经公平竞争审查"))).statusCode(200);
        return id;
    }

    /** Moves a review's (single) round's due day, as if it had been submitted on another day. */
    void dueOn(String id, LocalDate day) {
        sql.update("update legality_reviews set due_on = ? where id = ?", day, id);
        sql.update("update legality_review_rounds set due_on = ? where review_id = ?", day, id);
    }

    long reviews() {
        return sql.count("select count(*) from legality_reviews");
    }

    @Nested
    class Submitting {

        @Test
        void a_clerk_submits_and_gets_round_one_with_its_window_location_and_etag() {
            String ref = unique("HT-");
            as(Users.JINHE_STAFF).body(submission("CONTRACT", ref, "t-reviewer")).post(REVIEWS, "jinhe")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/townships/jinhe/legality-reviews/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("subjectRef", equalTo(ref))
                    .body("status", equalTo("PENDING"))
                    .body("round", equalTo(1))
                    .body("reviewer", equalTo("t-reviewer"))
                    .body("submittedBy", equalTo("t-staff"))
                    .body("submittedOn", equalTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()))
                    .body("earliestOn", nullValue())
                    .body("dueOn", notNullValue())
                    .body("overdue", equalTo(false))
                    .body("rounds[0].materials", equalTo(List.of("合同文本（送审稿）", "招标文件")))
                    .body("rounds[0].requiredChanges", empty());
        }

        @Test
        void officers_and_leaders_submit_too() {
            submitted(Users.JINHE_OFFICER, "jinhe", "ENFORCEMENT_DECISION", null);
            submitted(Users.JINHE_LEADER, "jinhe", "MAJOR_DECISION", null);
        }

        @Test
        void roles_that_do_not_submit_get_403_and_nothing_is_written() {
            for (Users user : new Users[] {Users.JINHE_REVIEWER, Users.JINHE_AUDITOR, Users.COUNTY_SYSTEM,
                    Users.ADMIN}) {
                long before = reviews();
                as(user).body(submission("OTHER", unique("R-"), null)).post(REVIEWS, "jinhe")
                        .then().statusCode(403).contentType(PROBLEM);
                assertThat(reviews()).as(user.name()).isEqualTo(before);
            }
        }

        @Test
        void without_a_token_it_is_401() {
            anonymous().body(submission("OTHER", unique("R-"), null)).post(REVIEWS, "jinhe")
                    .then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void another_townships_clerk_gets_404_sys04() {
            as(Users.GAOCUN_STAFF).body(submission("OTHER", unique("R-"), null)).post(REVIEWS, "jinhe")
                    .then().statusCode(404).contentType(PROBLEM);
        }

        @Test
        void naming_oneself_as_reviewer_is_refused_with_lr04() {
            long before = reviews();
            as(Users.JINHE_STAFF).body(submission("OTHER", unique("R-"), "t-staff")).post(REVIEWS, "jinhe")
                    .then().statusCode(422).contentType(PROBLEM).body("rule", equalTo("LR-04"));
            assertThat(reviews()).isEqualTo(before);
        }

        @Test
        void a_subject_already_under_review_is_refused_with_lr05() {
            String ref = unique("HT-");
            as(Users.JINHE_STAFF).body(submission("CONTRACT", ref, null)).post(REVIEWS, "jinhe").then().statusCode(201);
            as(Users.JINHE_LEADER).body(submission("CONTRACT", ref, null)).post(REVIEWS, "jinhe")
                    .then().statusCode(422).body("rule", equalTo("LR-05"));
            // the same reference in another township is another subject
            as(Users.GAOCUN_STAFF).body(submission("CONTRACT", ref, null)).post(REVIEWS, "gaocun")
                    .then().statusCode(201);
        }

        @Test
        void a_rejected_subject_is_refused_anew_with_lr05() {
            String id = rejected("CONTRACT");
            String ref = as(Users.JINHE_STAFF).get(REVIEW, "jinhe", id).then().extract().path("subjectRef");
            as(Users.JINHE_STAFF).body(submission("CONTRACT", ref, null)).post(REVIEWS, "jinhe")
                    .then().statusCode(422).body("rule", equalTo("LR-05"))
                    .body("detail", containsString(id));
        }
    }

    @Nested
    class BadInput {

        void refused(String body, int status, String field) {
            long before = reviews();
            ValidatableResponse response = as(Users.JINHE_STAFF).body(body).post(REVIEWS, "jinhe")
                    .then().statusCode(status).contentType(PROBLEM)
                    .body("status", equalTo(status)).body("title", notNullValue());
            if (field != null) {
                response.body("violations.field", hasItem(field));
            }
            assertThat(reviews()).as("nothing written").isEqualTo(before);
        }

        @Test
        void malformed_json_is_400() {
            refused("{\"subjectType\": \"CONTRACT\", ", 400, null);
        }

        @Test
        void an_unknown_subject_type_is_400_naming_the_field() {
            refused("{\"subjectType\":\"LAW\",\"subjectRef\":\"x\",\"subjectTitle\":\"t\",\"materials\":[\"m\"]}", 400,
                    "subjectType");
        }

        @Test
        void materials_of_the_wrong_type_are_400() {
            refused("{\"subjectType\":\"OTHER\",\"subjectRef\":\"x\",\"subjectTitle\":\"t\",\"materials\":{\"a\":1}}",
                    400, "materials");
        }

        @Test
        void an_over_long_title_is_422_naming_the_field() {
            refused("{\"subjectType\":\"OTHER\",\"subjectRef\":\"x\",\"subjectTitle\":\"" + "题".repeat(201)
                    + "\",\"materials\":[\"m\"]}", 422, "subjectTitle");
        }

        @Test
        void missing_materials_are_422_naming_them() {
            refused("{\"subjectType\":\"OTHER\",\"subjectRef\":\"x\",\"subjectTitle\":\"t\"}", 422, "materials");
        }

        @Test
        void an_empty_materials_list_is_422() {
            refused("{\"subjectType\":\"OTHER\",\"subjectRef\":\"x\",\"subjectTitle\":\"t\",\"materials\":[]}", 422,
                    "materials");
        }

        @Test
        void a_missing_body_is_422() {
            long before = reviews();
            as(Users.JINHE_STAFF).post(REVIEWS, "jinhe").then().statusCode(422).contentType(PROBLEM);
            assertThat(reviews()).isEqualTo(before);
        }

        @Test
        void an_opinion_with_changes_needs_the_changes() {
            String id = submitted("OTHER");
            act(Users.JINHE_REVIEWER, id, "approve-with-changes", Map.of("requiredChanges", List.of()))
                    .statusCode(422).body("violations.field", hasItem("requiredChanges"));
            act(Users.JINHE_REVIEWER, id, "reject", "{\"reasons\": \"not a list\"}")
                    .statusCode(400).body("violations.field", hasItem("reasons"));
            act(Users.JINHE_REVIEWER, id, "reject", Map.of("reasons", List.of("理由"), "earlyReason", "早".repeat(501)))
                    .statusCode(422).body("violations.field", hasItem("earlyReason"));
            as(Users.JINHE_STAFF).get(REVIEW, "jinhe", id).then().body("status", equalTo("PENDING"));
        }

        @Test
        void bad_list_parameters_are_422_naming_them() {
            as(Users.JINHE_STAFF).queryParam("sort", "subjectTitle,asc").get(REVIEWS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("sort"));
            as(Users.JINHE_STAFF).queryParam("status", "DONE").get(REVIEWS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("status"));
            as(Users.JINHE_STAFF).queryParam("status", "NONE").get(REVIEWS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("status"));
            as(Users.JINHE_STAFF).queryParam("overdue", "yes").get(REVIEWS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("overdue"));
            as(Users.JINHE_STAFF).queryParam("year", "1900").get(REVIEWS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("year"));
            as(Users.JINHE_STAFF).queryParam("subjectType", "LAW").get(REVIEWS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("subjectType"));
        }

        @Test
        void refusals_speak_english_when_asked() {
            as(Users.JINHE_STAFF).header("Accept-Language", "en")
                    .body(submission("OTHER", unique("R-"), "t-staff")).post(REVIEWS, "jinhe")
                    .then().statusCode(422).body("detail", equalTo("Nobody reviews their own submission."));
        }
    }

    @Nested
    class Sys03Idempotency {

        @Test
        void a_retry_with_the_same_key_answers_the_first_answer_and_writes_once() {
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = submission("CONTRACT", unique("HT-"), null);
            long before = reviews();
            String first = as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(body).post(REVIEWS, "jinhe")
                    .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
            String location = as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(body).post(REVIEWS, "jinhe")
                    .then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                    .body("id", equalTo(first)).extract().header("Location");
            assertThat(location).endsWith("/api/v1/townships/jinhe/legality-reviews/" + first);
            assertThat(reviews()).isEqualTo(before + 1);
        }

        @Test
        void the_same_key_with_another_body_is_422_sys03() {
            String key = UUID.randomUUID().toString();
            as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(submission("OTHER", unique("R-"), null))
                    .post(REVIEWS, "jinhe").then().statusCode(201);
            long before = reviews();
            as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(submission("OTHER", unique("R-"), null))
                    .post(REVIEWS, "jinhe").then().statusCode(422).body("rule", equalTo("SYS-03"));
            assertThat(reviews()).isEqualTo(before);
        }
    }

    @Nested
    class Reading {

        @Test
        void every_township_role_reads_reviews_and_their_statistics() {
            String id = submitted("OTHER");
            for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_OFFICER, Users.JINHE_REVIEWER,
                    Users.JINHE_LEADER, Users.JINHE_AUDITOR, Users.COUNTY_AUDITOR, Users.COUNTY_SYSTEM, Users.ADMIN}) {
                as(user).get(REVIEW, "jinhe", id).then().statusCode(200).header("ETag", equalTo("\"0\""));
                as(user).get(REVIEWS, "jinhe").then().statusCode(200);
                as(user).get(REVIEWS + "/statistics", "jinhe").then().statusCode(200);
            }
        }

        @Test
        void reading_without_a_token_is_401() {
            String id = submitted("OTHER");
            anonymous().get(REVIEW, "jinhe", id).then().statusCode(401).contentType(PROBLEM);
            anonymous().get(REVIEWS, "jinhe").then().statusCode(401).contentType(PROBLEM);
            anonymous().get(REVIEWS + "/statistics", "jinhe").then().statusCode(401).contentType(PROBLEM);
        }

        @Test
        void another_townships_review_is_404_sys04() {
            String gaocun = submitted(Users.GAOCUN_STAFF, "gaocun", "OTHER", null);
            as(Users.JINHE_STAFF).get(REVIEW, "gaocun", gaocun).then().statusCode(404).contentType(PROBLEM);
            as(Users.JINHE_LEADER).get(REVIEWS, "gaocun").then().statusCode(404);
            as(Users.JINHE_LEADER).get(REVIEWS + "/statistics", "gaocun").then().statusCode(404);
            as(Users.JINHE_STAFF).get(REVIEW, "jinhe", gaocun).then().statusCode(404);
        }

        @Test
        void the_reviewers_inbox_lists_their_pending_reviews_by_due_date() {
            String second = submitted(Users.JINHE_STAFF, "jinhe", "CONTRACT", "t-reviewer-2");
            String firstDue = submitted(Users.JINHE_STAFF, "jinhe", "OTHER", "t-reviewer-2");
            // make the second one due earlier
            dueOn(firstDue, LocalDate.now().plusDays(1));
            dueOn(second, LocalDate.now().plusDays(5));
            String answered = submitted(Users.JINHE_STAFF, "jinhe", "OTHER", "t-reviewer-2");
            act(Users.JINHE_REVIEWER_2, answered, "approve", null).statusCode(200);

            List<String> inbox = as(Users.JINHE_REVIEWER_2).queryParam("reviewer", "me")
                    .queryParam("status", "PENDING").queryParam("sort", "dueOn,asc").queryParam("size", "200")
                    .get(REVIEWS, "jinhe").then().statusCode(200)
                    .body("items.reviewer", everyItem(equalTo("t-reviewer-2")))
                    .body("items.status", everyItem(equalTo("PENDING")))
                    .extract().path("items.id");
            assertThat(inbox).containsSubsequence(firstDue, second).doesNotContain(answered);
        }

        @Test
        void the_list_filters_by_type_submitter_subject_year_and_overdue() {
            String late = submitted(Users.JINHE_OFFICER, "jinhe", "ENFORCEMENT_DECISION", "t-reviewer");
            dueOn(late, LocalDate.now().minusDays(3));
            String ref = as(Users.JINHE_STAFF).get(REVIEW, "jinhe", late).then().extract().path("subjectRef");

            as(Users.JINHE_STAFF).queryParam("overdue", "true").queryParam("size", "200").get(REVIEWS, "jinhe")
                    .then().statusCode(200).body("items.id", hasItem(late)).body("items.overdue", everyItem(equalTo(true)));
            as(Users.JINHE_STAFF).queryParam("overdue", "false").queryParam("size", "200").get(REVIEWS, "jinhe")
                    .then().statusCode(200).body("items.overdue", everyItem(equalTo(false)));
            as(Users.JINHE_STAFF).queryParam("subjectRef", ref).queryParam("subjectType", "ENFORCEMENT_DECISION")
                    .queryParam("submittedBy", "t-officer").queryParam("year", LocalDate.now().getYear())
                    .get(REVIEWS, "jinhe")
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(late))
                    .body("items[0].overdue", equalTo(true));
            as(Users.JINHE_STAFF).queryParam("subjectRef", ref).queryParam("subjectType", "CONTRACT")
                    .get(REVIEWS, "jinhe").then().body("total", equalTo(0));
            as(Users.JINHE_STAFF).queryParam("subjectRef", ref).queryParam("year", "2024")
                    .get(REVIEWS, "jinhe").then().body("total", equalTo(0));
        }

        @Test
        void the_statistics_count_by_type_and_outcome() {
            int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
            long before = statistics(year).extract().jsonPath().getLong("reviews");
            rejected("OTHER");
            String approved = submitted("CONTRACT");
            act(Users.JINHE_REVIEWER, approved, "approve", null).statusCode(200);

            statistics(year).body("reviews", equalTo((int) before + 2))
                    .body("counts.find { it.subjectType == 'OTHER' && it.outcome == 'REJECTED' }.reviews", notNullValue())
                    .body("counts.find { it.subjectType == 'CONTRACT' && it.outcome == 'APPROVED' }.reviews", notNullValue())
                    .body("averageWorkingDays", notNullValue())
                    .body("durations.subjectType", hasItem("CONTRACT"));
            as(Users.JINHE_STAFF).queryParam("year", "abc").get(REVIEWS + "/statistics", "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("year"));
        }

        ValidatableResponse statistics(int year) {
            return as(Users.JINHE_LEADER).queryParam("year", year).get(REVIEWS + "/statistics", "jinhe")
                    .then().statusCode(200).body("year", equalTo(year));
        }
    }

    @Nested
    class Assigning {

        @Test
        void a_leader_assigns_and_a_legal_reviewer_takes_a_review_on_themselves() {
            String id = submitted(Users.JINHE_STAFF, "jinhe", "OTHER", null);
            act(Users.JINHE_LEADER, id, "assign", Map.of("reviewer", "t-reviewer"))
                    .statusCode(200).header("ETag", equalTo("\"1\"")).body("reviewer", equalTo("t-reviewer"));
            act(Users.JINHE_REVIEWER_2, id, "assign", Map.of("reviewer", "t-reviewer-2"))
                    .statusCode(200).body("reviewer", equalTo("t-reviewer-2"));
        }

        @Test
        void assigning_to_the_submitter_is_refused_with_lr04() {
            String id = submitted(Users.JINHE_LEADER, "jinhe", "OTHER", null);
            act(Users.JINHE_LEADER, id, "assign", Map.of("reviewer", "t-leader"))
                    .statusCode(422).contentType(PROBLEM).body("rule", equalTo("LR-04"));
            as(Users.JINHE_STAFF).get(REVIEW, "jinhe", id).then().body("reviewer", nullValue());
        }

        @Test
        void other_roles_get_403_other_townships_404_and_anonymous_401() {
            String id = submitted("OTHER");
            for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_OFFICER, Users.JINHE_AUDITOR,
                    Users.COUNTY_SYSTEM, Users.ADMIN}) {
                act(user, id, "assign", Map.of("reviewer", "t-reviewer-2")).statusCode(403).contentType(PROBLEM);
            }
            act(Users.GAOCUN_LEADER, id, "assign", Map.of("reviewer", "t-reviewer-2")).statusCode(404);
            anonymous().header("If-Match", "\"0\"").body(Map.of("reviewer", "t-reviewer-2"))
                    .post(ACTION, "jinhe", id, "assign").then().statusCode(401);
        }

        @Test
        void a_reviewer_is_required() {
            String id = submitted("OTHER");
            act(Users.JINHE_LEADER, id, "assign", Map.of("reviewer", " "))
                    .statusCode(422).body("violations.field", hasItem("reviewer"));
        }
    }

    @Nested
    class Deciding {

        @Test
        void the_assigned_reviewer_approves_with_changes() {
            String id = submitted("CONTRACT");
            act(Users.JINHE_REVIEWER, id, "approve-with-changes",
                    Map.of("requiredChanges", List.of("第十二条违约金比例调整为不超过20%")))
                    .statusCode(200).header("ETag", equalTo("\"1\""))
                    .body("status", equalTo("APPROVED_WITH_CHANGES"))
                    .body("rounds[0].requiredChanges", equalTo(List.of("第十二条违约金比例调整为不超过20%")))
                    .body("rounds[0].decidedBy", equalTo("t-reviewer"))
                    .body("rounds[0].decidedOn", notNullValue());
        }

        @Test
        void an_approval_needs_no_body() {
            String id = submitted("ENFORCEMENT_DECISION");
            act(Users.JINHE_REVIEWER, id, "approve", null).statusCode(200).body("status", equalTo("APPROVED"));
        }

        @Test
        void a_round_answered_is_not_answered_again() {
            String id = submitted("OTHER");
            act(Users.JINHE_REVIEWER, id, "approve", null).statusCode(200);
            act(Users.JINHE_REVIEWER, id, "reject", Map.of("reasons", List.of("x")))
                    .statusCode(422).body("violations.field", hasItem("status"));
        }

        @Test
        void a_legal_reviewer_not_assigned_gets_403() {
            String id = submitted("OTHER");
            act(Users.JINHE_REVIEWER_2, id, "approve", null).statusCode(403).contentType(PROBLEM);
            as(Users.JINHE_STAFF).get(REVIEW, "jinhe", id).then().body("status", equalTo("PENDING"));
        }

        @Test
        void other_roles_get_403_other_townships_404_and_anonymous_401_on_every_opinion() {
            String id = submitted("OTHER");
            Map<String, Object> bodies = Map.of("approve", Map.of(),
                    "approve-with-changes", Map.of("requiredChanges", List.of("改")),
                    "reject", Map.of("reasons", List.of("不")));
            bodies.forEach((verb, body) -> {
                for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_OFFICER, Users.JINHE_LEADER,
                        Users.JINHE_AUDITOR, Users.COUNTY_SYSTEM, Users.ADMIN}) {
                    act(user, id, verb, body).statusCode(403);
                }
                act(Users.GAOCUN_LEADER, id, verb, body).statusCode(404);
                anonymous().header("If-Match", "\"0\"").body(body).post(ACTION, "jinhe", id, verb)
                        .then().statusCode(401);
            });
            as(Users.JINHE_STAFF).get(REVIEW, "jinhe", id).then().body("status", equalTo("PENDING"))
                    .header("ETag", equalTo("\"0\""));
        }

        @Test
        void an_own_submission_review_is_refused_with_lr04() {
            // 司法所所长 who also drafts: staff and legal-reviewer in one token
            String both = "Bearer " + Tokens.token("t-staff-reviewer", List.of("staff", "legal-reviewer"),
                    List.of("jinhe"));
            String id = given(both).body(submission("OTHER", unique("R-"), null)).post(REVIEWS, "jinhe")
                    .then().statusCode(201).extract().path("id");
            given(both).header("If-Match", "\"0\"").body(Map.of("reviewer", "t-staff-reviewer"))
                    .post(ACTION, "jinhe", id, "assign")
                    .then().statusCode(422).contentType(PROBLEM).body("rule", equalTo("LR-04"))
                    .body("title", notNullValue());
            given(both).header("If-Match", "\"0\"").post(ACTION, "jinhe", id, "approve")
                    .then().statusCode(422).body("rule", equalTo("LR-04"));
            as(Users.JINHE_STAFF).get(REVIEW, "jinhe", id).then().body("status", equalTo("PENDING"));
        }

        @Test
        void a_normative_document_answered_before_its_fifth_working_day_needs_a_reason_lr01() {
            String id = submitted("NORMATIVE_DOCUMENT");
            act(Users.JINHE_REVIEWER, id, "approve", null)
                    .statusCode(422).contentType(PROBLEM)
                    .body("rule", equalTo("LR-01")).body("legalBasis", equalTo("国办发〔2018〕115号"));
            act(Users.JINHE_REVIEWER, id, "approve", Map.of("earlyReason", "镇人民政府常务会议定于次日审议"))
                    .statusCode(200).body("status", equalTo("APPROVED"))
                    .body("rounds[0].earlyReason", equalTo("镇人民政府常务会议定于次日审议"))
                    .body("earliestOn", notNullValue());
        }

        @Test
        void a_major_decision_is_not_answered_before_seven_working_days_lr02() {
            String id = submitted("MAJOR_DECISION");
            act(Users.JINHE_REVIEWER, id, "reject", Map.of("reasons", List.of("未经风险评估"), "earlyReason", "会期临近"))
                    .statusCode(422).contentType(PROBLEM)
                    .body("rule", equalTo("LR-02")).body("legalBasis", equalTo("《重大行政决策程序暂行条例》"));
            as(Users.JINHE_STAFF).get(REVIEW, "jinhe", id).then().body("status", equalTo("PENDING"));
        }

        @Test
        void a_stale_etag_is_412_and_a_missing_one_428_sys02() {
            String id = submitted("OTHER");
            String etag = etag(Users.JINHE_LEADER, "jinhe", id);
            act(Users.JINHE_LEADER, id, "assign", Map.of("reviewer", "t-reviewer-2")).statusCode(200);
            as(Users.JINHE_REVIEWER_2).header("If-Match", etag).post(ACTION, "jinhe", id, "approve")
                    .then().statusCode(412).contentType(PROBLEM).body("rule", equalTo("SYS-02"));
            for (String verb : List.of("approve", "approve-with-changes", "reject", "assign", "resubmit")) {
                as(Users.JINHE_REVIEWER_2).body(Map.of("reasons", List.of("x"), "requiredChanges", List.of("x"),
                                "reviewer", "t-reviewer", "materials", List.of("x")))
                        .post(ACTION, "jinhe", id, verb)
                        .then().statusCode(428).contentType(PROBLEM).body("rule", equalTo("SYS-02"));
            }
            as(Users.JINHE_STAFF).get(REVIEW, "jinhe", id).then().body("status", equalTo("PENDING"));
        }

        RequestSpecification given(String bearer) {
            return RestAssured.given().header("Authorization", bearer).contentType(ContentType.JSON)
                    .accept(ContentType.JSON);
        }
    }

    @Nested
    class Lr05Rounds {

        @Test
        void a_rejected_subject_is_resubmitted_in_round_two_and_every_round_is_kept() {
            String id = rejected("CONTRACT");
            act(Users.JINHE_STAFF, id, "resubmit", Map.of("materials", List.of("合同文本（修改稿）", "修改情况说明")))
                    .statusCode(200).header("ETag", equalTo("\"2\""))
                    .body("round", equalTo(2)).body("status", equalTo("PENDING"))
                    .body("reviewer", equalTo("t-reviewer"))
                    .body("rounds.size()", equalTo(2))
                    .body("rounds[0].outcome", equalTo("REJECTED"))
                    .body("rounds[0].reasons", equalTo(List.of("未经公平竞争审查")))
                    .body("rounds[1].materials", equalTo(List.of("合同文本（修改稿）", "修改情况说明")));
            act(Users.JINHE_REVIEWER, id, "approve", null).statusCode(200)
                    .body("status", equalTo("APPROVED")).body("rounds[0].outcome", equalTo("REJECTED"));
        }

        @Test
        void a_leader_may_resubmit_what_a_clerk_submitted() {
            String id = rejected("OTHER");
            act(Users.JINHE_LEADER, id, "resubmit", Map.of("materials", List.of("修改稿")))
                    .statusCode(200).body("rounds[1].submittedBy", equalTo("t-leader"));
        }

        @Test
        void a_review_not_rejected_is_not_resubmitted_lr05() {
            String id = submitted("OTHER");
            act(Users.JINHE_STAFF, id, "resubmit", Map.of("materials", List.of("修改稿")))
                    .statusCode(422).body("rule", equalTo("LR-05"));
        }

        @Test
        void resubmitting_is_refused_to_others_403_other_townships_404_anonymous_401() {
            String id = rejected("OTHER");
            for (Users user : new Users[] {Users.JINHE_OFFICER, Users.JINHE_REVIEWER, Users.JINHE_AUDITOR,
                    Users.COUNTY_SYSTEM, Users.ADMIN}) {
                act(user, id, "resubmit", Map.of("materials", List.of("修改稿"))).statusCode(403);
            }
            act(Users.GAOCUN_STAFF, id, "resubmit", Map.of("materials", List.of("修改稿"))).statusCode(404);
            anonymous().header("If-Match", "\"1\"").body(Map.of("materials", List.of("修改稿")))
                    .post(ACTION, "jinhe", id, "resubmit").then().statusCode(401);
            act(Users.JINHE_STAFF, id, "resubmit", Map.of("materials", List.of()))
                    .statusCode(422).body("violations.field", hasItem("materials"));
            as(Users.JINHE_STAFF).get(REVIEW, "jinhe", id).then().body("round", equalTo(1));
        }

        @Test
        void every_change_is_audited_in_the_townships_chain() {
            String id = rejected("OTHER");
            assertThat(sql.count("select count(*) from audit_events where township = 'jinhe' and record_id = ? "
                    + "and action in ('legalityReview.submitted', 'legalityReview.decided')", id)).isEqualTo(2);
        }
    }
}
