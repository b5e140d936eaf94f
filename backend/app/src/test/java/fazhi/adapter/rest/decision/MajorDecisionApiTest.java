package fazhi.adapter.rest.decision;

import fazhi.config.ReviewWiring;
import fazhi.review.model.LegalityReview;
import fazhi.review.model.ReviewOpinion;
import fazhi.review.model.SubjectType;
import fazhi.review.port.in.ReviewGate;
import fazhi.review.port.in.ReviewingLegality;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Role;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.model.WorkingDays;
import fazhi.shared.port.out.Clock;
import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Major decisions: /api/v1/townships/{t}/major-decisions, its steps (LR-02), adoption and publication. */
@QuarkusTest
class MajorDecisionApiTest {

    static final String DECISIONS = "/api/v1/townships/{t}/major-decisions";
    static final String DECISION = DECISIONS + "/{id}";
    static final String STEP = DECISION + "/steps/{step}";
    static final String ACTION = DECISION + "/actions/{verb}";
    static final String PUBLIC = "/api/v1/public/townships/{t}/major-decisions";
    static final String PROBLEM = "application/problem+json";
    static final String LR02_BASIS = "《重大行政决策程序暂行条例》";

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;
    @Inject
    ReviewWiring reviewWiring;
    @Inject
    ReviewGate gate;
    @Inject
    Supplier<WorkingDays> workingDays;

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

    static Map<String, Object> decision(String title, Integer catalogueNumber) {
        Map<String, Object> body = new HashMap<>(Map.of("year", 2025, "title", title, "sponsor", "锦和镇规划建设办公室"));
        if (catalogueNumber != null) {
            body.put("catalogueNumber", catalogueNumber);
        }
        return body;
    }

    static String proposed(Users clerk, String township, String title) {
        return as(clerk).body(decision(title, null)).post(DECISIONS, township).then().statusCode(201)
                .extract().path("id");
    }

    static String etag(String township, String id) {
        Users reader = township.equals("gaocun") ? Users.GAOCUN_LEADER : Users.JINHE_LEADER;
        return as(reader).get(DECISION, township, id).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse step(Users user, String id, String step, Object body) {
        return as(user).header("If-Match", etag("jinhe", id)).body(body).put(STEP, "jinhe", id, step).then();
    }

    static ValidatableResponse act(Users user, String id, String verb, Object body) {
        return as(user).header("If-Match", etag("jinhe", id)).body(body).post(ACTION, "jinhe", id, verb).then();
    }

    static final Map<String, Object> COMMENTS = Map.of("commentsFrom", "2025-03-01", "commentsUntil", "2025-03-31",
            "summary", "收到意见建议23条，采纳15条");
    static final Map<String, Object> EXPERTS = Map.of("heldOn", "2025-04-08",
            "experts", List.of("县住建局 高级工程师", "湖南某设计院 工程师"), "conclusion", "方案可行");
    static final Map<String, Object> RISK = Map.of("assessedOn", "2025-04-10", "level", "LOW",
            "conclusion", "社会稳定风险等级为低");
    static final Map<String, Object> SUBMISSION = Map.of("materials", List.of("决策草案", "风险评估报告"),
            "reviewer", Users.JINHE_REVIEWER.username());

    /** Public participation, expert argument and risk assessment recorded, and submitted for review. */
    static String throughTheFirstSteps(String title) {
        String id = proposed(Users.JINHE_STAFF, "jinhe", title);
        step(Users.JINHE_STAFF, id, "public-participation", COMMENTS).statusCode(200);
        step(Users.JINHE_STAFF, id, "expert-argument", EXPERTS).statusCode(200);
        step(Users.JINHE_STAFF, id, "risk-assessment", RISK).statusCode(200);
        act(Users.JINHE_STAFF, id, "submit-for-review", SUBMISSION).statusCode(200);
        return id;
    }

    /**
     * The reviewer approves the decision's review eight working days from today (LR-02 allows no opinion before
     * the seventh), through the review use case on that day; answers the day.
     */
    LocalDate approvedLater(String decisionId) {
        LocalDate on = workingDays.get().plus(today(), 8);
        Clock thatDay = new Clock() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public LocalDate today() {
                return on;
            }
        };
        TownshipCode jinhe = TownshipCode.of("jinhe");
        Actor reviewer = new Actor(Users.JINHE_REVIEWER.username(), Set.of(Role.LEGAL_REVIEWER), Set.of(jinhe), false);
        QuarkusTransaction.requiringNew().run(() -> {
            ReviewingLegality reviews = reviewWiring.reviewingAsOf(thatDay);
            String reviewId = gate.latest(jinhe, SubjectType.MAJOR_DECISION, decisionId).reviewId();
            LegalityReview review = reviews.get(Actor.system(), jinhe, reviewId);
            reviews.decide(reviewer, jinhe, reviewId, review.version(), new ReviewOpinion.Approved());
        });
        return on;
    }

    long decisionsTitled(String title) {
        return sql.count("select count(*) from major_decisions where title = ?", title);
    }

    @Nested
    class Proposing {

        @Test
        void a_clerk_puts_a_decision_in_the_years_catalogue() {
            String title = unique("锦和镇集镇污水处理设施建设项目");
            int number = 100 + (int) (Math.random() * 800);
            as(Users.JINHE_STAFF).body(decision(title, number)).post(DECISIONS, "jinhe").then().statusCode(201)
                    .header("Location", containsString("/api/v1/townships/jinhe/major-decisions/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("status", equalTo("IN_PROCEDURE"))
                    .body("catalogued", equalTo(true))
                    .body("catalogueNumber", equalTo(number))
                    .body("procedure.step", equalTo(List.of("PUBLIC_PARTICIPATION", "EXPERT_ARGUMENT",
                            "RISK_ASSESSMENT", "LEGALITY_REVIEW", "COLLECTIVE_DISCUSSION")))
                    .body("procedure.done", equalTo(List.of(false, false, false, false, false)));
            as(Users.JINHE_LEADER).body(decision(unique("另一项"), number)).post(DECISIONS, "jinhe").then()
                    .statusCode(422).body("violations.field", hasItem("catalogueNumber"));
        }

        @Test
        void roles_token_township_and_idempotency_are_checked() {
            for (Users user : new Users[] {Users.JINHE_OFFICER, Users.JINHE_REVIEWER, Users.JINHE_AUDITOR,
                    Users.COUNTY_SYSTEM, Users.ADMIN}) {
                String title = unique("禁");
                as(user).body(decision(title, null)).post(DECISIONS, "jinhe").then().statusCode(403)
                        .contentType(PROBLEM);
                assertThat(decisionsTitled(title)).isZero();
            }
            anonymous().body(decision(unique("x"), null)).post(DECISIONS, "jinhe").then().statusCode(401);
            as(Users.GAOCUN_STAFF).body(decision(unique("x"), null)).post(DECISIONS, "jinhe").then().statusCode(404);
            String key = UUID.randomUUID().toString();
            String title = unique("幂等");
            String first = as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(decision(title, null))
                    .post(DECISIONS, "jinhe").then().statusCode(201).extract().path("id");
            as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(decision(title, null)).post(DECISIONS, "jinhe")
                    .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
            assertThat(decisionsTitled(title)).isEqualTo(1);
        }

        @Test
        void bad_input_is_400_or_422_naming_the_field_and_nothing_is_written() {
            long before = sql.count("select count(*) from major_decisions");
            as(Users.JINHE_STAFF).body("{\"year\": 2025, ").post(DECISIONS, "jinhe").then().statusCode(400)
                    .contentType(PROBLEM);
            as(Users.JINHE_STAFF).body("{\"year\":\"二〇二五\",\"title\":\"t\",\"sponsor\":\"s\"}")
                    .post(DECISIONS, "jinhe").then().statusCode(400).body("violations.field", hasItem("year"));
            as(Users.JINHE_STAFF).body("{\"year\":1999,\"title\":\"t\",\"sponsor\":\"s\"}")
                    .post(DECISIONS, "jinhe").then().statusCode(422).body("violations.field", hasItem("year"));
            as(Users.JINHE_STAFF).body("{\"year\":2025,\"title\":\"" + "决".repeat(201) + "\",\"sponsor\":\"s\"}")
                    .post(DECISIONS, "jinhe").then().statusCode(422).body("violations.field", hasItem("title"));
            as(Users.JINHE_STAFF).body("{\"year\":2025,\"title\":\"t\"}")
                    .post(DECISIONS, "jinhe").then().statusCode(422).body("violations.field", hasItem("sponsor"));
            assertThat(sql.count("select count(*) from major_decisions")).isEqualTo(before);
        }
    }

    @Nested
    class Reading {

        @Test
        void every_township_role_reads_and_lists_by_year() {
            String tag = unique("读");
            String id = proposed(Users.JINHE_STAFF, "jinhe", tag);
            for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_OFFICER, Users.JINHE_REVIEWER,
                    Users.JINHE_LEADER, Users.JINHE_AUDITOR, Users.COUNTY_SYSTEM, Users.ADMIN}) {
                as(user).get(DECISION, "jinhe", id).then().statusCode(200).header("ETag", equalTo("\"0\""));
                as(user).queryParam("year", "2025").queryParam("q", tag).get(DECISIONS, "jinhe").then()
                        .statusCode(200).body("total", equalTo(1));
            }
            as(Users.JINHE_STAFF).queryParam("year", "2026").queryParam("q", tag).get(DECISIONS, "jinhe").then()
                    .body("total", equalTo(0));
            as(Users.JINHE_STAFF).queryParam("catalogued", "false").queryParam("q", tag).get(DECISIONS, "jinhe")
                    .then().body("total", equalTo(1));
        }

        @Test
        void anonymous_is_401_another_township_404_bad_filters_422() {
            String id = proposed(Users.JINHE_STAFF, "jinhe", unique("读"));
            anonymous().get(DECISION, "jinhe", id).then().statusCode(401);
            anonymous().get(DECISIONS, "jinhe").then().statusCode(401);
            String gaocun = proposed(Users.GAOCUN_STAFF, "gaocun", unique("高"));
            as(Users.JINHE_LEADER).get(DECISION, "gaocun", gaocun).then().statusCode(404).contentType(PROBLEM);
            as(Users.JINHE_LEADER).get(DECISION, "jinhe", gaocun).then().statusCode(404);
            as(Users.JINHE_LEADER).get(DECISIONS, "gaocun").then().statusCode(404);
            as(Users.JINHE_LEADER).queryParam("status", "DONE").get(DECISIONS, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("status"));
            as(Users.JINHE_LEADER).queryParam("sort", "sponsor").get(DECISIONS, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("sort"));
        }
    }

    @Nested
    class Lr02Procedure {

        @Test
        void the_collective_discussion_is_refused_with_lr02_until_its_steps_are_done() {
            String id = proposed(Users.JINHE_STAFF, "jinhe", unique("程序"));
            Map<String, Object> meeting = Map.of("meetingOn", today().toString(), "minutesRef", "纪要〔2025〕5号");
            step(Users.JINHE_STAFF, id, "collective-discussion", meeting).statusCode(422).contentType(PROBLEM)
                    .body("rule", equalTo("LR-02")).body("legalBasis", equalTo(LR02_BASIS))
                    .body("detail", containsString("公众参与"));
            step(Users.JINHE_STAFF, id, "public-participation", COMMENTS).statusCode(200);
            step(Users.JINHE_STAFF, id, "collective-discussion", meeting).statusCode(422)
                    .body("detail", containsString("专家论证"));
            step(Users.JINHE_STAFF, id, "expert-argument", EXPERTS).statusCode(200);
            step(Users.JINHE_STAFF, id, "risk-assessment", RISK).statusCode(200);
            step(Users.JINHE_STAFF, id, "collective-discussion", meeting).statusCode(422)
                    .body("rule", equalTo("LR-02")).body("detail", containsString("合法性审查"));
            act(Users.JINHE_STAFF, id, "submit-for-review", SUBMISSION).statusCode(200)
                    .body("review.outcome", equalTo("PENDING"));
            step(Users.JINHE_STAFF, id, "collective-discussion", meeting).statusCode(422)
                    .body("rule", equalTo("LR-02"));
            as(Users.JINHE_STAFF).get(DECISION, "jinhe", id).then().body("collectiveDiscussion", nullValue())
                    .body("procedure.done", equalTo(List.of(true, true, true, false, false)));
        }

        @Test
        void adoption_is_refused_with_lr02_until_its_steps_are_done_then_adopted_and_published() {
            String title = unique("锦和镇集镇停车场规划建设方案");
            String id = throughTheFirstSteps(title);
            act(Users.JINHE_LEADER, id, "adopt", Map.of("adoptedOn", today().toString())).statusCode(422)
                    .body("rule", equalTo("LR-02")).body("legalBasis", equalTo(LR02_BASIS));
            LocalDate passed = approvedLater(id);
            act(Users.JINHE_LEADER, id, "adopt", Map.of("adoptedOn", passed.toString())).statusCode(422)
                    .body("rule", equalTo("LR-02")).body("detail", containsString("集体讨论"));
            step(Users.JINHE_STAFF, id, "collective-discussion", Map.of("meetingOn", passed.minusDays(1).toString(),
                    "minutesRef", "纪要〔2025〕5号")).statusCode(422).body("rule", equalTo("LR-02"));
            step(Users.JINHE_STAFF, id, "collective-discussion", Map.of("meetingOn", passed.toString(),
                    "minutesRef", "纪要〔2025〕5号")).statusCode(200)
                    .body("procedure.done", equalTo(List.of(true, true, true, true, true)));
            act(Users.JINHE_STAFF, id, "adopt", Map.of("adoptedOn", passed.toString())).statusCode(403);
            act(Users.JINHE_LEADER, id, "adopt", Map.of("adoptedOn", passed.toString())).statusCode(200)
                    .body("status", equalTo("ADOPTED"));
            step(Users.JINHE_STAFF, id, "risk-assessment", RISK).statusCode(422)
                    .body("violations.field", hasItem("status"));
            anonymous().queryParam("size", "200").get(PUBLIC, "jinhe").then().statusCode(200)
                    .body("items.title", not(hasItem(title)));
            act(Users.JINHE_STAFF, id, "publish", Map.of("publishedOn", passed.toString())).statusCode(200)
                    .body("status", equalTo("PUBLISHED"));
            anonymous().queryParam("size", "200").queryParam("year", "2025").get(PUBLIC, "jinhe").then()
                    .statusCode(200).body("items.title", hasItem(title));
            assertThat(sql.count("select count(*) from audit_events where record_type = 'major-decision' "
                    + "and record_id = ?", id)).isEqualTo(8);
        }

        @Test
        void a_step_with_bad_input_is_400_or_422_and_nothing_changes() {
            String id = proposed(Users.JINHE_STAFF, "jinhe", unique("步"));
            step(Users.JINHE_STAFF, id, "risk-assessment", Map.of("assessedOn", "2025-04-10", "level", "SEVERE",
                    "conclusion", "x")).statusCode(400).body("violations.field", hasItem("level"));
            step(Users.JINHE_STAFF, id, "public-participation", Map.of("commentsFrom", "2025-04-31",
                    "commentsUntil", "2025-05-01", "summary", "x")).statusCode(400)
                    .body("violations.field", hasItem("commentsFrom"));
            step(Users.JINHE_STAFF, id, "public-participation", Map.of("commentsFrom", "2025-04-30",
                    "commentsUntil", "2025-04-01", "summary", "x")).statusCode(422)
                    .body("violations.field", hasItem("commentsUntil"));
            step(Users.JINHE_STAFF, id, "expert-argument", Map.of("heldOn", "2025-04-08", "experts", List.of(),
                    "conclusion", "可行")).statusCode(422).body("violations.field", hasItem("experts"));
            step(Users.JINHE_STAFF, id, "expert-argument", Map.of("heldOn", "2025-04-08", "experts",
                    List.of("专家"), "conclusion", "论".repeat(2001))).statusCode(422)
                    .body("violations.field", hasItem("conclusion"));
            as(Users.JINHE_STAFF).get(DECISION, "jinhe", id).then().header("ETag", equalTo("\"0\""));
        }

        @Test
        void publishing_a_decision_not_adopted_is_422() {
            String id = proposed(Users.JINHE_STAFF, "jinhe", unique("布"));
            act(Users.JINHE_STAFF, id, "publish", Map.of("publishedOn", today().toString())).statusCode(422)
                    .body("violations.field", hasItem("status"));
        }
    }

    @Nested
    class Changes {

        @Test
        void every_change_checks_role_township_token_and_etag() {
            String id = proposed(Users.JINHE_STAFF, "jinhe", unique("权"));
            Map<String, Object> meeting = Map.of("meetingOn", "2025-04-28", "minutesRef", "纪要");
            Map<String, Map<String, Object>> steps = Map.of("public-participation", COMMENTS,
                    "expert-argument", EXPERTS, "risk-assessment", RISK, "collective-discussion", meeting);
            Map<String, Map<String, Object>> actions = Map.of("submit-for-review", SUBMISSION,
                    "adopt", Map.of("adoptedOn", "2025-04-28"), "publish", Map.of("publishedOn", "2025-05-06"));
            steps.forEach((name, body) -> {
                as(Users.JINHE_AUDITOR).header("If-Match", "\"0\"").body(body).put(STEP, "jinhe", id, name)
                        .then().statusCode(403);
                as(Users.GAOCUN_LEADER).header("If-Match", "\"0\"").body(body).put(STEP, "jinhe", id, name)
                        .then().statusCode(404);
                anonymous().header("If-Match", "\"0\"").body(body).put(STEP, "jinhe", id, name).then().statusCode(401);
                as(Users.JINHE_STAFF).body(body).put(STEP, "jinhe", id, name).then().statusCode(428);
                as(Users.JINHE_STAFF).header("If-Match", "\"6\"").body(body).put(STEP, "jinhe", id, name)
                        .then().statusCode(412).body("rule", equalTo("SYS-02"));
            });
            actions.forEach((verb, body) -> {
                as(Users.JINHE_OFFICER).header("If-Match", "\"0\"").body(body).post(ACTION, "jinhe", id, verb)
                        .then().statusCode(403);
                as(Users.GAOCUN_LEADER).header("If-Match", "\"0\"").body(body).post(ACTION, "jinhe", id, verb)
                        .then().statusCode(404);
                anonymous().header("If-Match", "\"0\"").body(body).post(ACTION, "jinhe", id, verb)
                        .then().statusCode(401);
                as(Users.JINHE_LEADER).body(body).post(ACTION, "jinhe", id, verb).then().statusCode(428);
                as(Users.JINHE_LEADER).header("If-Match", "\"6\"").body(body).post(ACTION, "jinhe", id, verb)
                        .then().statusCode(412);
            });
            Map<String, Object> edit = decision(unique("改"), null);
            as(Users.JINHE_OFFICER).header("If-Match", "\"0\"").body(edit).put(DECISION, "jinhe", id).then()
                    .statusCode(403);
            as(Users.GAOCUN_LEADER).header("If-Match", "\"0\"").body(edit).put(DECISION, "jinhe", id).then()
                    .statusCode(404);
            anonymous().header("If-Match", "\"0\"").body(edit).put(DECISION, "jinhe", id).then().statusCode(401);
            as(Users.JINHE_STAFF).body(edit).put(DECISION, "jinhe", id).then().statusCode(428);
            as(Users.JINHE_STAFF).header("If-Match", "\"6\"").body(edit).put(DECISION, "jinhe", id).then()
                    .statusCode(412);
            as(Users.JINHE_STAFF).header("If-Match", "\"0\"").body(edit).put(DECISION, "jinhe", id).then()
                    .statusCode(200).body("title", equalTo(edit.get("title"))).header("ETag", equalTo("\"1\""));
        }

        @Test
        void the_public_list_of_an_unknown_township_is_404() {
            anonymous().get(PUBLIC, "nowhere").then().statusCode(404).contentType(PROBLEM);
            anonymous().queryParam("year", "abc").get(PUBLIC, "jinhe").then().statusCode(422);
        }
    }
}
