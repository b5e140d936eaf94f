package fazhi.adapter.rest.enforcementcase;

import fazhi.testing.Settings;
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

import static fazhi.adapter.rest.enforcementcase.CaseApi.ACTION;
import static fazhi.adapter.rest.enforcementcase.CaseApi.CASE;
import static fazhi.adapter.rest.enforcementcase.CaseApi.CASES;
import static fazhi.adapter.rest.enforcementcase.CaseApi.PROBLEM;
import static fazhi.adapter.rest.enforcementcase.CaseApi.act;
import static fazhi.adapter.rest.enforcementcase.CaseApi.caseBody;
import static fazhi.adapter.rest.enforcementcase.CaseApi.completeRecord;
import static fazhi.adapter.rest.enforcementcase.CaseApi.dated;
import static fazhi.adapter.rest.enforcementcase.CaseApi.decision;
import static fazhi.adapter.rest.enforcementcase.CaseApi.done;
import static fazhi.adapter.rest.enforcementcase.CaseApi.etag;
import static fazhi.adapter.rest.enforcementcase.CaseApi.file;
import static fazhi.adapter.rest.enforcementcase.CaseApi.firstViolation;
import static fazhi.adapter.rest.enforcementcase.CaseApi.idNumber;
import static fazhi.adapter.rest.enforcementcase.CaseApi.leaderDone;
import static fazhi.adapter.rest.enforcementcase.CaseApi.notice;
import static fazhi.adapter.rest.enforcementcase.CaseApi.officer;
import static fazhi.adapter.rest.enforcementcase.CaseApi.outcome;
import static fazhi.adapter.rest.enforcementcase.CaseApi.person;
import static fazhi.adapter.rest.enforcementcase.CaseApi.refusedBy;
import static fazhi.adapter.rest.enforcementcase.CaseApi.team;
import static fazhi.adapter.rest.enforcementcase.CaseApi.today;
import static fazhi.adapter.rest.enforcementcase.CaseApi.with;
import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The lifecycle of a case as actions (POST .../{id}/actions/{verb}), and every rule ENF-01..ENF-13 refusing through
 * the API as problem+json with its id and legal basis.
 */
@QuarkusTest
class EnforcementCaseActionsApiTest {

    static final LocalDate TODAY = today();

    @Inject
    TestTownships townships;

    List<String> officers;

    @BeforeEach
    void townshipAndTeam() {
        townships.ensure();
        officers = team("jinhe");
    }

    Map<String, Object> simpleCase() {
        return with(caseBody(officers), "procedure", "SIMPLE");
    }

    /** A simple-procedure case decided on the spot with a warning, the party present: answers its id. */
    String decidedWithWarning(Map<String, Object> body) {
        String id = file(with(body, "procedure", "SIMPLE")).id();
        done(id, "notify", notice(TODAY, outcome("WARNING", null), false));
        done(id, "decide", decision(TODAY, outcome("WARNING", null), true));
        return id;
    }

    @Nested
    class TheLifecycle {

        @Test
        void an_officer_files_notifies_decides_a_fine_delivers_and_it_is_executed_and_closed() {
            String id = file(caseBody(officers)).id();
            done(id, "investigate", Map.of("summary", "现场勘验，询问当事人。"))
                    .body("status", equalTo("INVESTIGATING")).body("investigation.startedOn", equalTo(TODAY.toString()));
            done(id, "notify", notice(TODAY, outcome("FINE", "2000.00"), false))
                    .body("status", equalTo("NOTIFIED"))
                    .body("notice.intendedOutcome.fineAmount", equalTo("2000.00"))
                    .body("notice.statementAndDefenceNotified", equalTo(true));
            String year = String.valueOf(TODAY.getYear());
            done(id, "decide", decision(TODAY, outcome("FINE", "2000.00"), true))
                    .body("status", equalTo("DECIDED"))
                    .body("decision.number", matchesPattern("锦和罚决字〔" + year + "〕第\\d+号"))
                    .body("decision.outcome.kind", equalTo("FINE"))
                    .body("decision.outcome.penalty", equalTo(true))
                    .body("deadlines.deliveryDueOn", equalTo(TODAY.toString()));
            done(id, "deliver", Map.of("method", "直接送达"))
                    .body("status", equalTo("DELIVERED"))
                    .body("deadlines.paymentDueOn", equalTo(TODAY.plusDays(15).toString()))
                    .body("deadlines.amountDueToday", equalTo("2000.00"))
                    .body("deadlines.surchargeToday", equalTo("0.00"));
            done(id, "execute", Map.of("amountPaid", "2000.00"))
                    .body("status", equalTo("EXECUTED")).body("execution.amountPaid", equalTo("2000.00"));
            done(id, "record-process", completeRecord()).body("closeChecklist.done", not(hasItem(false)));
            done(id, "close", Map.of()).body("status", equalTo("CLOSED"))
                    .body("closedOn", equalTo(TODAY.toString()))
                    .body("steps.findAll { it.state == 'DONE' }.step", hasItem("CLOSE"));
        }

        @Test
        void an_action_answers_the_new_etag_and_a_stale_one_is_412_sys02() {
            var filed = file(caseBody(officers));
            as(Users.JINHE_OFFICER).header("If-Match", filed.etag()).body(Map.of())
                    .post(ACTION, "jinhe", filed.id(), "investigate").then().statusCode(200)
                    .header("ETag", equalTo("\"1\""));
            as(Users.JINHE_OFFICER).header("If-Match", filed.etag()).body(notice(TODAY, outcome("WARNING", null), false))
                    .post(ACTION, "jinhe", filed.id(), "notify")
                    .then().statusCode(412).contentType(PROBLEM).body("rule", equalTo("SYS-02"));
        }

        @Test
        void an_action_without_if_match_is_428_sys02() {
            var filed = file(caseBody(officers));
            as(Users.JINHE_OFFICER).body(Map.of()).post(ACTION, "jinhe", filed.id(), "investigate")
                    .then().statusCode(428).contentType(PROBLEM).body("rule", equalTo("SYS-02"));
        }

        @Test
        void actions_need_a_token_the_right_role_and_the_right_township() {
            var filed = file(caseBody(officers));
            anonymous().header("If-Match", filed.etag()).body(Map.of())
                    .post(ACTION, "jinhe", filed.id(), "investigate").then().statusCode(401).contentType(PROBLEM);
            for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_AUDITOR, Users.JINHE_REVIEWER,
                    Users.COUNTY_SYSTEM}) {
                as(user).header("If-Match", filed.etag()).body(Map.of())
                        .post(ACTION, "jinhe", filed.id(), "investigate").then().statusCode(403).contentType(PROBLEM);
            }
            as(Users.GAOCUN_LEADER).header("If-Match", filed.etag()).body(Map.of())
                    .post(ACTION, "jinhe", filed.id(), "investigate").then().statusCode(404).contentType(PROBLEM);
        }

        @Test
        void extension_publication_and_revocation_are_the_leaders() {
            String id = decidedWithWarning(simpleCase());
            act(Users.JINHE_OFFICER, id, "publish", Map.of()).statusCode(403).contentType(PROBLEM);
            act(Users.JINHE_OFFICER, id, "revoke", Map.of("reason", "复议撤销")).statusCode(403);
            String ordinary = file(caseBody(officers)).id();
            act(Users.JINHE_OFFICER, ordinary, "approve-extension",
                    Map.of("reason", "需技术鉴定", "until", TODAY.plusDays(120).toString())).statusCode(403);
        }

        @Test
        void an_unknown_outcome_kind_is_400_naming_the_field() {
            String id = file(caseBody(officers)).id();
            act(Users.JINHE_OFFICER, id, "notify", notice(TODAY, Map.of("kind", "PRISON"), false))
                    .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("intendedOutcome.kind"));
        }

        @Test
        void a_fine_without_an_amount_is_422_naming_it() {
            String id = file(caseBody(officers)).id();
            act(Users.JINHE_OFFICER, id, "notify", notice(TODAY, outcome("FINE", null), false))
                    .statusCode(422).body("violations.field", hasItem("intendedOutcome.fineAmount"));
            act(Users.JINHE_OFFICER, id, "notify", notice(TODAY, outcome("FINE", "12.345"), false))
                    .statusCode(422).body("violations.field", hasItem("intendedOutcome.fineAmount"));
        }

        @Test
        void a_notice_without_the_rights_told_is_422_naming_the_field() {
            String id = file(caseBody(officers)).id();
            act(Users.JINHE_OFFICER, id, "notify", Map.of("intendedOutcome", outcome("WARNING", null),
                    "hearingOffered", false, "statementAndDefenceNotified", false))
                    .statusCode(422).body("violations.field", hasItem("statementAndDefenceNotified"));
        }

        @Test
        void an_action_dated_after_today_is_422_naming_the_date() {
            String id = file(caseBody(officers)).id();
            act(Users.JINHE_OFFICER, id, "investigate", Map.of("startedOn", TODAY.plusDays(1).toString()))
                    .statusCode(422).body("violations.field", hasItem("startedOn"));
        }

        @Test
        void an_action_out_of_turn_is_422_naming_the_status() {
            String id = file(caseBody(officers)).id();
            act(Users.JINHE_OFFICER, id, "deliver", Map.of()).statusCode(422).contentType(PROBLEM);
        }
    }

    @Nested
    class Rules {

        @Test
        void enf01_a_case_with_one_officer_is_refused() {
            refusedBy(as(Users.JINHE_OFFICER).body(caseBody(List.of(officers.get(0)))).post(CASES, "jinhe").then(),
                    "ENF-01", "《行政处罚法》第42条");
        }

        @Test
        void enf01_the_same_officer_twice_is_one_officer() {
            refusedBy(as(Users.JINHE_OFFICER).body(caseBody(List.of(officers.get(0), officers.get(0))))
                    .post(CASES, "jinhe").then(), "ENF-01", "《行政处罚法》第42条");
        }

        @Test
        void enf02_an_officer_whose_certificate_expired_yesterday_may_not_file() {
            String expired = officer("jinhe", LocalDate.of(2020, 1, 1), TODAY.minusDays(1));
            refusedBy(as(Users.JINHE_OFFICER).body(caseBody(List.of(officers.get(0), expired))).post(CASES, "jinhe")
                    .then(), "ENF-02", "《行政处罚法》第42条").body("detail", containsString(TODAY.toString()));
        }

        @Test
        void enf02_a_certificate_expiring_the_day_before_the_notice_refuses_the_notice() {
            String expiring = officer("jinhe", LocalDate.of(2020, 1, 1), TODAY.minusDays(1));
            String id = file(dated(caseBody(List.of(officers.get(0), expiring)), TODAY.minusDays(5),
                    TODAY.minusDays(5), TODAY.minusDays(3))).id();
            refusedBy(act(Users.JINHE_OFFICER, id, "notify", notice(TODAY, outcome("WARNING", null), false)),
                    "ENF-02", "《行政处罚法》第42条");
        }

        @Test
        void enf03_a_fine_over_200_on_the_spot_is_refused() {
            String id = file(simpleCase()).id();
            refusedBy(act(Users.JINHE_OFFICER, id, "notify", notice(TODAY, outcome("FINE", "200.01"), false)),
                    "ENF-03", "《行政处罚法》第51条");
        }

        @Test
        void enf03_a_fine_of_200_on_the_spot_is_allowed() {
            String id = file(simpleCase()).id();
            done(id, "notify", notice(TODAY, outcome("FINE", "200.00"), false));
            done(id, "decide", decision(TODAY, outcome("FINE", "200.00"), true))
                    .body("decision.outcome.fineAmount", equalTo("200.00"));
        }

        @Test
        void enf03_an_organisation_may_be_fined_3000_on_the_spot_but_not_3000_01() {
            Map<String, Object> body = with(simpleCase(), "party", CaseApi.organisation("锦和砂石有限公司",
                    CaseApi.creditCode()));
            String refused = file(body).id();
            refusedBy(act(Users.JINHE_OFFICER, refused, "notify", notice(TODAY, outcome("FINE", "3000.01"), false)),
                    "ENF-03", "《行政处罚法》第51条");
            String allowed = file(body).id();
            done(allowed, "notify", notice(TODAY, outcome("FINE", "3000.00"), false));
        }

        @Test
        void enf04_a_decision_on_day_91_is_refused_without_an_extension() {
            String id = file(with(with(with(caseBody(officers), "filedOn", TODAY.minusDays(91).toString()),
                    "violationDate", TODAY.minusDays(100).toString()), "discoveredOn",
                    TODAY.minusDays(95).toString())).id();
            done(id, "notify", notice(TODAY.minusDays(1), outcome("WARNING", null), false));
            refusedBy(act(Users.JINHE_OFFICER, id, "decide", decision(TODAY, outcome("WARNING", null), true)),
                    "ENF-04", "《行政处罚法》第60条");
        }

        @Test
        void enf04_a_leaders_extension_moves_the_due_date() {
            String id = file(with(with(with(caseBody(officers), "filedOn", TODAY.minusDays(91).toString()),
                    "violationDate", TODAY.minusDays(100).toString()), "discoveredOn",
                    TODAY.minusDays(95).toString())).id();
            done(id, "notify", notice(TODAY.minusDays(1), outcome("WARNING", null), false));
            leaderDone(id, "approve-extension", Map.of("reason", "案情复杂，需进行技术鉴定。",
                    "until", TODAY.plusDays(10).toString()))
                    .body("extension.until", equalTo(TODAY.plusDays(10).toString()))
                    .body("extension.approvedBy", equalTo(Users.JINHE_LEADER.username()))
                    .body("deadlines.decisionDueOn", equalTo(TODAY.plusDays(10).toString()));
            done(id, "decide", decision(TODAY, outcome("WARNING", null), true));
        }

        @Test
        void enf04_day_90_is_still_in_time() {
            String id = file(with(with(with(caseBody(officers), "filedOn", TODAY.minusDays(90).toString()),
                    "violationDate", TODAY.minusDays(100).toString()), "discoveredOn",
                    TODAY.minusDays(95).toString())).id();
            done(id, "notify", notice(TODAY.minusDays(1), outcome("WARNING", null), false));
            done(id, "decide", decision(TODAY, outcome("WARNING", null), true));
        }

        @Test
        void enf05_a_penalty_without_a_notice_is_refused() {
            String id = file(caseBody(officers)).id();
            refusedBy(act(Users.JINHE_OFFICER, id, "decide", decision(TODAY, outcome("FINE", "500.00"), true)),
                    "ENF-05", "《行政处罚法》第44条、第45条");
        }

        @Test
        void enf06_a_fine_at_the_threshold_must_offer_a_hearing() {
            String id = file(caseBody(officers)).id();
            refusedBy(act(Users.JINHE_OFFICER, id, "notify", notice(TODAY, outcome("FINE", "10000.00"), false)),
                    "ENF-06", "《行政处罚法》第63条、第64条")
                    .body("detail", containsString("罚款达到 10,000.00 元以上"));
        }

        @Test
        void enf06_the_threshold_is_the_townships_setting_read_when_the_rule_decides() {
            String id = file(caseBody(officers)).id();
            Settings.put("jinhe", Settings.with("hearingThresholdIndividual", "5000.00"));
            try {
                // the case carries the threshold for its party, so that the SPA keeps no number of its own
                as(Users.JINHE_OFFICER).get(CaseApi.CASE, "jinhe", id).then().statusCode(200)
                        .body("hearingThreshold", equalTo("5000.00"));
                refusedBy(act(Users.JINHE_OFFICER, id, "notify", notice(TODAY, outcome("FINE", "5000.00"), false)),
                        "ENF-06", "《行政处罚法》第63条、第64条")
                        .body("detail", containsString("罚款达到 5,000.00 元以上"));
            } finally {
                Settings.put("jinhe", Settings.defaults());
            }
            done(id, "notify", notice(TODAY, outcome("FINE", "5000.00"), false));
        }

        @Test
        void enf06_a_hearing_asked_for_on_day_6_is_refused_and_on_day_5_accepted() {
            Map<String, Object> body = with(caseBody(officers), "filedOn", TODAY.minusDays(8).toString());
            String late = file(body).id();
            done(late, "notify", notice(TODAY.minusDays(6), outcome("FINE", "10000.00"), true))
                    .body("notice.hearingWindowEndsOn", equalTo(TODAY.minusDays(1).toString()));
            refusedBy(act(Users.JINHE_OFFICER, late, "request-hearing", Map.of()), "ENF-06",
                    "《行政处罚法》第63条、第64条");
            String inTime = file(body).id();
            done(inTime, "notify", notice(TODAY.minusDays(5), outcome("FINE", "10000.00"), true));
            done(inTime, "request-hearing", Map.of()).body("status", equalTo("HEARING_REQUESTED"))
                    .body("hearing.requestedOn", equalTo(TODAY.toString()));
        }

        @Test
        void enf06_no_decision_while_the_hearing_window_is_open_unless_waived() {
            String id = file(caseBody(officers)).id();
            done(id, "notify", notice(TODAY, outcome("FINE", "10000.00"), true))
                    .body("deadlines.hearingWindowOpen", equalTo(true));
            refusedBy(act(Users.JINHE_OFFICER, id, "decide", decision(TODAY, outcome("FINE", "10000.00"), true)),
                    "ENF-06", "《行政处罚法》第63条、第64条");
            done(id, "waive-hearing", Map.of()).body("hearing.waivedOn", equalTo(TODAY.toString()));
            done(id, "decide", decision(TODAY, outcome("FINE", "10000.00"), true));
        }

        @Test
        void enf06_no_decision_after_a_request_until_the_hearing_was_held() {
            String id = file(caseBody(officers)).id();
            done(id, "notify", notice(TODAY, outcome("FINE", "10000.00"), true));
            done(id, "request-hearing", Map.of());
            act(Users.JINHE_OFFICER, id, "decide", decision(TODAY, outcome("FINE", "10000.00"), true))
                    .statusCode(422).contentType(PROBLEM).body("rule", equalTo("ENF-06"));
        }

        @Test
        void enf07_a_major_case_needs_a_passed_legal_review_before_the_decision() {
            String id = file(with(caseBody(officers), "major", true)).id();
            done(id, "notify", notice(TODAY, outcome("WARNING", null), false))
                    .body("legalReview.required", equalTo(true));
            refusedBy(act(Users.JINHE_OFFICER, id, "decide", decision(TODAY, outcome("WARNING", null), true)),
                    "ENF-07", "《行政处罚法》第58条");
            String reviewId = done(id, "request-legal-review",
                    Map.of("reviewer", Users.JINHE_REVIEWER.username(), "summary", "拟对当事人给予警告。"))
                    .body("legalReview.reviewId", notNullValue())
                    .body("legalReview.status", equalTo("PENDING"))
                    .body("legalReview.passed", equalTo(false))
                    .extract().path("legalReview.reviewId");
            refusedBy(act(Users.JINHE_OFFICER, id, "decide", decision(TODAY, outcome("WARNING", null), true)),
                    "ENF-07", "《行政处罚法》第58条");
            String reviewETag = as(Users.JINHE_REVIEWER).get("/api/v1/townships/{t}/legality-reviews/{id}", "jinhe",
                    reviewId).then().statusCode(200).extract().header("ETag");
            as(Users.JINHE_REVIEWER).header("If-Match", reviewETag)
                    .post("/api/v1/townships/{t}/legality-reviews/{id}/actions/approve", "jinhe", reviewId)
                    .then().statusCode(200);
            as(Users.JINHE_OFFICER).get(CASE, "jinhe", id).then().body("legalReview.passed", equalTo(true))
                    .body("legalReview.status", equalTo("APPROVED"));
            done(id, "decide", decision(TODAY, outcome("WARNING", null), true));
        }

        @Test
        void enf08_first_violation_no_penalty_is_refused_when_the_party_has_an_earlier_one() {
            String number = idNumber();
            String earlier = decidedWithWarning(with(with(caseBody(officers), "party", person("李四", number)),
                    "violationDate", TODAY.minusDays(30).toString()));
            String id = file(with(caseBody(officers), "party", person("李四", number))).id();
            as(Users.JINHE_OFFICER).get(CASE, "jinhe", id).then().statusCode(200)
                    .body("earlierViolations", hasSize(1))
                    .body("earlierViolations[0].caseId", equalTo(earlier))
                    .body("earlierViolations[0].outcome", equalTo("WARNING"))
                    .body("earlierViolations[0].caseNumber", notNullValue());
            refusedBy(act(Users.JINHE_OFFICER, id, "decide", decision(TODAY, firstViolation(), true)),
                    "ENF-08", "《行政处罚法》第33条");
        }

        @Test
        void enf08_a_first_violation_goes_unpunished_with_the_education_given() {
            String id = file(with(caseBody(officers), "party", person("钱七", idNumber()))).id();
            as(Users.JINHE_OFFICER).get(CASE, "jinhe", id).then().body("earlierViolations", hasSize(0));
            act(Users.JINHE_OFFICER, id, "decide", decision(TODAY, Map.of("kind", "NO_PENALTY_FIRST_VIOLATION"), true))
                    .statusCode(422).body("violations.field", hasItem("outcome.educationGiven"));
            done(id, "decide", decision(TODAY, firstViolation(), true))
                    .body("decision.number", nullValue())
                    .body("decision.outcome.kind", equalTo("NO_PENALTY_FIRST_VIOLATION"))
                    .body("decision.outcome.penalty", equalTo(false))
                    .body("decision.outcome.educationGiven", notNullValue());
        }

        @Test
        void enf09_a_case_does_not_close_without_its_full_process_record() {
            String id = decidedWithWarning(simpleCase());
            done(id, "deliver", Map.of());
            done(id, "record-process", Map.of("recorderFootageRef", "JLY-01", "documentsComplete", true,
                    "certificatesShown", false, "uniformWorn", true))
                    .body("closeChecklist.find { it.item == 'CERTIFICATES_SHOWN' }.done", equalTo(false));
            refusedBy(act(Users.JINHE_OFFICER, id, "close", Map.of()), "ENF-09", "《行政处罚法》第47条、第55条");
            done(id, "record-process", completeRecord());
            done(id, "close", Map.of()).body("status", equalTo("CLOSED"));
        }

        @Test
        void enf10_a_late_delivery_needs_its_reason() {
            String id = file(dated(simpleCase(), TODAY.minusDays(9), TODAY.minusDays(9), TODAY.minusDays(8))).id();
            done(id, "notify", notice(TODAY.minusDays(8), outcome("WARNING", null), false));
            done(id, "decide", decision(TODAY.minusDays(8), outcome("WARNING", null), false))
                    .body("deadlines.deliveryDueOn", equalTo(TODAY.minusDays(1).toString()))
                    .body("deadlines.deliveryOverdue", equalTo(true));
            refusedBy(act(Users.JINHE_OFFICER, id, "deliver", Map.of("method", "邮寄送达")), "ENF-10",
                    "《行政处罚法》第61条")
                    .body("detail", containsString("当事人不在场的，处罚决定书应当在 7 日内送达"));
            done(id, "deliver", Map.of("method", "邮寄送达", "lateReason", "当事人外出务工，联系不上。"))
                    .body("delivery.lateReason", equalTo("当事人外出务工，联系不上。"));
        }

        @Test
        void enf10_a_present_party_is_told_of_delivery_on_the_spot() {
            String id = file(dated(simpleCase(), TODAY.minusDays(3), TODAY.minusDays(3), TODAY.minusDays(2))).id();
            done(id, "notify", notice(TODAY.minusDays(2), outcome("WARNING", null), false));
            done(id, "decide", decision(TODAY.minusDays(2), outcome("WARNING", null), true));
            refusedBy(act(Users.JINHE_OFFICER, id, "deliver", Map.of("method", "直接送达")), "ENF-10",
                    "《行政处罚法》第61条")
                    .body("detail", containsString("当场交付"))
                    .body("detail", not(containsString("0 日")));
        }

        @Test
        void enf11_payment_after_the_due_date_owes_the_surcharge_to_the_cent() {
            String id = finedAndDelivered("100.00", 25);
            as(Users.JINHE_OFFICER).get(CASE, "jinhe", id).then()
                    .body("deadlines.paymentDueOn", equalTo(TODAY.minusDays(10).toString()))
                    .body("deadlines.paymentOverdue", equalTo(true))
                    .body("deadlines.surchargeToday", equalTo("30.00"))
                    .body("deadlines.amountDueToday", equalTo("130.00"));
            refusedBy(act(Users.JINHE_OFFICER, id, "execute", Map.of("amountPaid", "100.00")), "ENF-11",
                    "《行政处罚法》第66条、第72条").body("detail", containsString("130.00"));
            done(id, "execute", Map.of("amountPaid", "130.00")).body("execution.surcharge", equalTo("30.00"));
        }

        @Test
        void enf11_the_surcharge_never_exceeds_the_fine() {
            String id = finedAndDelivered("100.00", 60);
            as(Users.JINHE_OFFICER).get(CASE, "jinhe", id).then()
                    .body("deadlines.surchargeToday", equalTo("100.00"))
                    .body("deadlines.amountDueToday", equalTo("200.00"));
        }

        /** A person fined on the spot {@code daysAgo} days ago, present, so delivered on the same day. */
        private String finedAndDelivered(String fine, int daysAgo) {
            LocalDate then = TODAY.minusDays(daysAgo);
            String id = file(with(with(with(simpleCase(), "filedOn", then.toString()), "violationDate",
                    then.toString()), "discoveredOn", then.toString())).id();
            done(id, "notify", notice(then, outcome("FINE", fine), false));
            done(id, "decide", decision(then, outcome("FINE", fine), true));
            done(id, "deliver", Map.of("deliveredOn", then.toString()));
            return id;
        }

        @Test
        void enf12_a_violation_undiscovered_for_two_years_and_a_day_is_refused() {
            Map<String, Object> body = with(with(caseBody(officers), "violationDate",
                    TODAY.minusYears(2).minusDays(1).toString()), "discoveredOn", TODAY.toString());
            refusedBy(as(Users.JINHE_OFFICER).body(body).post(CASES, "jinhe").then(), "ENF-12",
                    "《行政处罚法》第36条");
        }

        @Test
        void enf12_exactly_two_years_is_in_time_and_harm_to_life_allows_five() {
            as(Users.JINHE_OFFICER).body(with(with(caseBody(officers), "violationDate",
                            TODAY.minusYears(2).toString()), "discoveredOn", TODAY.toString()))
                    .post(CASES, "jinhe").then().statusCode(201);
            as(Users.JINHE_OFFICER).body(with(with(with(caseBody(officers), "violationDate",
                            TODAY.minusYears(2).minusDays(1).toString()), "discoveredOn", TODAY.toString()),
                            "harmsLifeHealthOrProperty", true))
                    .post(CASES, "jinhe").then().statusCode(201);
        }

        @Test
        void enf13_a_no_penalty_decision_is_not_published() {
            String id = file(simpleCase()).id();
            done(id, "decide", decision(TODAY, firstViolation(), true));
            act(Users.JINHE_LEADER, id, "publish", Map.of()).statusCode(422).contentType(PROBLEM);
        }

        @Test
        void enf13_a_revoked_decision_may_not_be_published() {
            String id = decidedWithWarning(simpleCase());
            leaderDone(id, "revoke", Map.of("reason", "行政复议决定撤销原处罚决定。"));
            refusedBy(act(Users.JINHE_LEADER, id, "publish", Map.of()), "ENF-13", "《行政处罚法》第48条");
        }

        @Test
        void enf13_a_revoked_decision_is_withdrawn_the_same_day() {
            String id = decidedWithWarning(simpleCase());
            leaderDone(id, "publish", Map.of()).body("publication.publishedOn", equalTo(TODAY.toString()))
                    .body("publication.withdrawnOn", nullValue());
            leaderDone(id, "revoke", Map.of("reason", "行政复议决定撤销原处罚决定。"))
                    .body("status", equalTo("REVOKED"))
                    .body("revocation.reason", equalTo("行政复议决定撤销原处罚决定。"))
                    .body("publication.withdrawnOn", equalTo(TODAY.toString()));
        }
    }

    @Test
    void a_refusal_names_its_rule_in_english_when_asked() {
        as(Users.JINHE_OFFICER).header("Accept-Language", "en").body(caseBody(List.of(officers.get(0))))
                .post(CASES, "jinhe").then().statusCode(422).body("rule", equalTo("ENF-01"))
                .body("title", equalTo("Refused by a rule"));
        assertNoETagChangeOnRefusal();
    }

    private void assertNoETagChangeOnRefusal() {
        String id = file(simpleCase()).id();
        String before = etag(id);
        act(Users.JINHE_OFFICER, id, "notify", notice(TODAY, outcome("FINE", "200.01"), false)).statusCode(422);
        org.assertj.core.api.Assertions.assertThat(etag(id)).as("nothing written").isEqualTo(before);
    }
}
