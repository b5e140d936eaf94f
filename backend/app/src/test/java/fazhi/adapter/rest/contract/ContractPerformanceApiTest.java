package fazhi.adapter.rest.contract;

import fazhi.testing.Settings;
import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fazhi.adapter.rest.contract.ContractApi.BASIS;
import static fazhi.adapter.rest.contract.ContractApi.CONTRACT;
import static fazhi.adapter.rest.contract.ContractApi.CONTRACTS;
import static fazhi.adapter.rest.contract.ContractApi.PROBLEM;
import static fazhi.adapter.rest.contract.ContractApi.change;
import static fazhi.adapter.rest.contract.ContractApi.contract;
import static fazhi.adapter.rest.contract.ContractApi.reviewed;
import static fazhi.adapter.rest.contract.ContractApi.signed;
import static fazhi.adapter.rest.contract.ContractApi.signing;
import static fazhi.adapter.rest.contract.ContractApi.submission;
import static fazhi.adapter.rest.contract.ContractApi.today;
import static fazhi.adapter.rest.contract.ContractApi.unique;
import static fazhi.adapter.rest.contract.ContractApi.uploaded;
import static fazhi.adapter.rest.contract.ContractApi.with;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A contract's performance, amendments (CON-02), expiry marks (CON-03) and the year's figures, over HTTP. */
@QuarkusTest
class ContractPerformanceApiTest {

    static final String DEADLINES = "/api/v1/townships/{t}/deadlines";
    static final String FIGURES = "/api/v1/townships/{t}/contract-figures/{year}";

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    static Map<String, Object> milestone(String kind, String title, Object dueOn, String amount) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", title, "dueOn", dueOn.toString()));
        if (amount != null) {
            body.put("amount", amount);
        }
        return body;
    }

    /** The contract's counterparty as a request names it again (an amendment repeats it). */
    static Map<String, Object> counterpartyOf(String id) {
        Map<String, Object> counterparty = new HashMap<>(as(Users.JINHE_STAFF).get(CONTRACT, "jinhe", id).then()
                .statusCode(200).extract().jsonPath().getMap("counterparty"));
        counterparty.remove("masked");
        return counterparty;
    }

    static Map<String, Object> amendment(String id, String amount) {
        return Map.of("title", "关于增加工程量的补充协议", "reason", "道路加宽0.5米", "counterparty", counterpartyOf(id),
                "amount", amount, "term", Map.of("startOn", today().toString(),
                        "endOn", today().plusYears(1).toString()));
    }

    @Nested
    class MilestonesAndPayments {

        @Test
        void the_plan_is_met_by_payments_and_the_view_shows_paid_unpaid_and_the_next_milestone() {
            String id = signed(contract(unique("锦和镇清水村安全饮水工程施工合同"), "300000.00"));
            change(Users.JINHE_STAFF, id, "milestones", milestone("PAYMENT", "预付款", today().plusDays(5),
                    "90000.00")).statusCode(200).body("milestones[0].number", equalTo(1))
                    .body("milestones[0].status", equalTo("PENDING"))
                    .body("allowedActions", hasItem("record-payment"));
            change(Users.JINHE_STAFF, id, "milestones", milestone("ACCEPTANCE", "竣工验收", today().plusDays(60),
                    null)).statusCode(200);
            change(Users.JINHE_STAFF, id, "milestones", milestone("PAYMENT", "结算款", today().plusDays(90),
                    "210000.01")).statusCode(422).body("violations.field", hasItem("amount"));
            change(Users.JINHE_STAFF, id, "payments", Map.of("milestoneNumber", 1, "amount", "40000.00",
                    "voucher", "锦财付〔2025〕0001号")).statusCode(200)
                    .body("performance.paid", equalTo("40000.00"))
                    .body("performance.unpaid", equalTo("260000.00"))
                    .body("performance.nextMilestone.title", equalTo("预付款"))
                    .body("milestones[0].paid", equalTo("40000.00"))
                    .body("payments[0].voucher", equalTo("锦财付〔2025〕0001号"));
            change(Users.JINHE_STAFF, id, "payments", Map.of("milestoneNumber", 1, "amount", "50000.01"))
                    .statusCode(422).body("violations.field", hasItem("amount"));
            change(Users.JINHE_STAFF, id, "payments", Map.of("milestoneNumber", 1, "amount", "50000.00"))
                    .statusCode(200).body("milestones[0].status", equalTo("DONE"))
                    .body("performance.nextMilestone.title", equalTo("竣工验收"));
            change(Users.JINHE_STAFF, id, "milestones/2/actions/complete", Map.of("note", "验收合格",
                    "evidenceFileIds", List.of(uploaded(id)))).statusCode(200)
                    .body("milestones[1].status", equalTo("DONE")).body("milestones[1].note", equalTo("验收合格"))
                    .body("allowedActions", hasItem("complete"));
            change(Users.JINHE_STAFF, id, "milestones/9/actions/waive", Map.of("reason", "取消")).statusCode(422)
                    .body("violations.field", hasItem("number"));
            change(Users.JINHE_STAFF, id, "milestones/x/actions/waive", Map.of("reason", "取消")).statusCode(422)
                    .body("violations.field", hasItem("number"));
            change(Users.JINHE_OFFICER, id, "payments", Map.of("milestoneNumber", 1, "amount", "1.00"))
                    .statusCode(403);
        }

        @Test
        void con02_a_payment_beyond_the_amount_as_amended_is_refused_with_the_rule() {
            String id = signed(contract(unique("核减"), "300000.00"));
            change(Users.JINHE_STAFF, id, "milestones", milestone("PAYMENT", "进度款", today(), "200000.00"))
                    .statusCode(200);
            change(Users.JINHE_STAFF, id, "milestones", milestone("PAYMENT", "结算款", today(), "100000.00"))
                    .statusCode(200);
            change(Users.JINHE_STAFF, id, "payments", Map.of("milestoneNumber", 1, "amount", "200000.00"))
                    .statusCode(200);
            change(Users.JINHE_STAFF, id, "amendments", amendment(id, "250000.00")).statusCode(200)
                    .body("amendments[0].status", equalTo("DRAFT")).body("amendments[0].major", equalTo(false))
                    .body("amount", equalTo("300000.00"));
            change(Users.JINHE_STAFF, id, "amendments/1/actions/approve", Map.of()).statusCode(403);
            change(Users.JINHE_LEADER, id, "amendments/1/actions/approve", Map.of()).statusCode(200);
            change(Users.JINHE_STAFF, id, "amendments/1/actions/sign", signing(uploaded(id))).statusCode(200)
                    .body("amount", equalTo("250000.00"))
                    .body("versions.number", equalTo(List.of(1, 2)))
                    .body("versions.amount", equalTo(List.of("300000.00", "250000.00")))
                    .body("versions[1].amendmentNumber", equalTo(1))
                    .body("performance.unpaid", equalTo("50000.00"));
            change(Users.JINHE_STAFF, id, "payments", Map.of("milestoneNumber", 2, "amount", "50000.01"))
                    .statusCode(422).contentType(PROBLEM).body("rule", equalTo("CON-02"))
                    .body("legalBasis", equalTo(BASIS)).body("detail", containsString("250,000.00"));
        }
    }

    @Nested
    class Amendments {

        @Test
        void an_amendment_that_makes_the_contract_major_is_reviewed_like_a_contract() {
            String id = signed(contract(unique("扩建"), "450000.00"));
            change(Users.JINHE_STAFF, id, "amendments", amendment(id, "560000.00")).statusCode(200)
                    .body("amendments[0].major", equalTo(true))
                    .body("amendments[0].majorReasons", equalTo(List.of("AMOUNT")))
                    .body("amendments[0].review.required", equalTo(true))
                    .body("allowedActions", not(hasItem("propose-amendment")));
            change(Users.JINHE_LEADER, id, "amendments/1/actions/approve", Map.of()).statusCode(422)
                    .contentType(PROBLEM).body("rule", equalTo("LR-03")).body("legalBasis", equalTo(BASIS));
            change(Users.JINHE_STAFF, id, "amendments/1/actions/submit-for-review", submission()).statusCode(200)
                    .body("amendments[0].status", equalTo("IN_REVIEW"))
                    .body("amendments[0].review.outcome", equalTo("PENDING"));
            String reviewId = as(Users.JINHE_STAFF).get(CONTRACT, "jinhe", id).then().extract()
                    .path("amendments[0].review.reviewId");
            assertThat(sql.string("select subject_ref from legality_reviews where id = ?", reviewId))
                    .isEqualTo(id + "#1");
            reviewed(reviewId, "approve", Map.of());
            change(Users.JINHE_LEADER, id, "amendments/1/actions/approve", Map.of()).statusCode(200);
            change(Users.JINHE_STAFF, id, "amendments/1/actions/sign", signing(uploaded(id))).statusCode(200)
                    .body("amendments[0].status", equalTo("SIGNED")).body("major", equalTo(true))
                    .body("amount", equalTo("560000.00"));
        }

        @Test
        void con02_a_signed_contract_is_not_edited_directly_and_an_unsigned_one_takes_no_amendment() {
            String id = signed(contract(unique("不得直接修改"), "80000.00"));
            Map<String, Object> edit = contract("不得直接修改", "90000.00");
            edit.put("counterparty", counterpartyOf(id));
            edit.put("term", as(Users.JINHE_STAFF).get(CONTRACT, "jinhe", id).then().extract().jsonPath()
                    .getMap("term"));
            as(Users.JINHE_STAFF).header("If-Match", ContractApi.etag(id)).body(edit).put(CONTRACT, "jinhe", id)
                    .then().statusCode(422).body("rule", equalTo("CON-02")).body("legalBasis", equalTo(BASIS));
            String draft = ContractApi.registered(contract(unique("草稿"), "1000.00"));
            change(Users.JINHE_STAFF, draft, "amendments", amendment(draft, "2000.00")).statusCode(422)
                    .body("violations.field", hasItem("status"));
        }
    }

    @Nested
    class ExpiryMarks {

        @Test
        void con03_a_contract_ending_on_day_30_is_on_the_radar_and_marked_one_ending_on_day_31_not_yet() {
            String day30 = signed(with(contract(unique("三十天"), "1000.00"), "term",
                    Map.of("startOn", today().minusMonths(6).toString(), "endOn", today().plusDays(30).toString())));
            String day31 = signed(with(contract(unique("三十一天"), "1000.00"), "term",
                    Map.of("startOn", today().minusMonths(6).toString(), "endOn", today().plusDays(31).toString())));
            List<String> onRadar = as(Users.JINHE_AUDITOR).get(DEADLINES, "jinhe").then().statusCode(200).extract()
                    .jsonPath().getList("items.findAll { it.recordType == 'contract' }.recordId");
            assertThat(onRadar).contains(day30).doesNotContain(day31);
            as(Users.JINHE_AUDITOR).get(DEADLINES, "jinhe").then()
                    .body("items.find { it.recordId == '" + day30 + "' }.kind", equalTo("CONTRACT_EXPIRY"))
                    .body("items.find { it.recordId == '" + day30 + "' }.daysLeft", equalTo(30));
            as(Users.JINHE_AUDITOR).get(CONTRACT, "jinhe", day30).then().body("performance.endingSoon", equalTo(true))
                    .body("performance.expiryNoticeDays", equalTo(30));
            as(Users.JINHE_AUDITOR).get(CONTRACT, "jinhe", day31).then().body("performance.flagged", equalTo(false));
            List<String> ending = as(Users.JINHE_AUDITOR).queryParam("endingWithinDays", 30).queryParam("size", 200)
                    .get(CONTRACTS, "jinhe").then().statusCode(200).extract().jsonPath().getList("items.id");
            assertThat(ending).contains(day30).doesNotContain(day31);
            try {
                Settings.put("jinhe", Settings.with("contractExpiryNoticeDays", 31));
                assertThat(as(Users.JINHE_AUDITOR).get(DEADLINES, "jinhe").then().extract().jsonPath()
                        .getList("items.recordId", String.class)).contains(day30, day31);
            } finally {
                Settings.put("jinhe", Settings.defaults());
            }
        }

        @Test
        void con03_an_overdue_milestone_is_marked_and_on_the_radar() {
            String id = signed(contract(unique("逾期节点"), "1000.00"));
            change(Users.JINHE_STAFF, id, "milestones", milestone("DELIVERABLE", "主体完工", today().minusDays(3),
                    null)).statusCode(200).body("milestones[0].status", equalTo("OVERDUE"))
                    .body("performance.overdueMilestones", equalTo(1)).body("performance.flagged", equalTo(true));
            as(Users.JINHE_AUDITOR).get(DEADLINES, "jinhe").then().statusCode(200)
                    .body("items.find { it.recordId == '" + id + "' }.kind", equalTo("CONTRACT_MILESTONE"))
                    .body("items.find { it.recordId == '" + id + "' }.overdue", equalTo(true))
                    .body("items.find { it.recordId == '" + id + "' }.label", containsString("主体完工"));
            List<String> overdue = as(Users.JINHE_AUDITOR).queryParam("overdue", true).queryParam("size", 200)
                    .get(CONTRACTS, "jinhe").then().statusCode(200).extract().jsonPath().getList("items.id");
            assertThat(overdue).contains(id);
            change(Users.JINHE_STAFF, id, "milestones/1/actions/waive", Map.of("reason", "设计变更取消")).statusCode(200)
                    .body("milestones[0].status", equalTo("WAIVED")).body("performance.flagged", equalTo(false));
        }
    }

    @Nested
    class Figures {

        long figure(String path) {
            return as(Users.GAOCUN_LEADER).get(FIGURES, "gaocun", today().getYear()).then().statusCode(200).extract()
                    .jsonPath().getLong(path);
        }

        @Test
        void the_years_figures_count_by_type_major_reviewed_and_signed() {
            long contracts = figure("contracts");
            long works = figure("byType.find { it.type == 'WORKS' }.count");
            long major = figure("major");
            long signedBefore = figure("signed");
            long submitted = figure("submittedForReview");
            String big = as(Users.GAOCUN_STAFF).body(contract(unique("高村镇工程"), "700000.00"))
                    .post(CONTRACTS, "gaocun").then().statusCode(201).extract().path("id");
            as(Users.GAOCUN_STAFF).body(with(contract(unique("高村镇土地"), "1000.00"), "type", "LAND"))
                    .post(CONTRACTS, "gaocun").then().statusCode(201);
            String small = as(Users.GAOCUN_STAFF).body(contract(unique("高村镇小额"), "1000.00"))
                    .post(CONTRACTS, "gaocun").then().statusCode(201).extract().path("id");
            String tag = as(Users.GAOCUN_LEADER).get(CONTRACT, "gaocun", big).then().extract().header("ETag");
            as(Users.GAOCUN_STAFF).header("If-Match", tag).body(Map.of("materials", List.of("合同文本")))
                    .post(CONTRACT + "/actions/submit-for-review", "gaocun", big).then().statusCode(200);
            tag = as(Users.GAOCUN_LEADER).get(CONTRACT, "gaocun", small).then().extract().header("ETag");
            as(Users.GAOCUN_LEADER).header("If-Match", tag).body(Map.of())
                    .post(CONTRACT + "/actions/approve", "gaocun", small).then().statusCode(200);
            tag = as(Users.GAOCUN_LEADER).get(CONTRACT, "gaocun", small).then().extract().header("ETag");
            as(Users.GAOCUN_STAFF).header("If-Match", tag).body(signing(uploaded(Users.GAOCUN_STAFF, "gaocun",
                    small))).post(CONTRACT + "/actions/sign", "gaocun", small).then().statusCode(200);

            assertThat(figure("contracts")).isEqualTo(contracts + 3);
            assertThat(figure("byType.find { it.type == 'WORKS' }.count")).isEqualTo(works + 2);
            assertThat(figure("major")).isEqualTo(major + 2);
            assertThat(figure("submittedForReview")).isEqualTo(submitted + 1);
            assertThat(figure("signed")).isEqualTo(signedBefore + 1);
            as(Users.GAOCUN_LEADER).get(FIGURES, "gaocun", today().getYear()).then()
                    .body("byType.size()", equalTo(11)).body("majorThreshold", equalTo("500000.00"));
            as(Users.JINHE_LEADER).get(FIGURES, "gaocun", 2025).then().statusCode(404);
            as(Users.GAOCUN_LEADER).get(FIGURES, "gaocun", "1999").then().statusCode(422)
                    .body("violations.field", hasItem("year"));
            as(Users.GAOCUN_LEADER).get(FIGURES, "gaocun", "twenty").then().statusCode(422)
                    .body("violations.field", hasItem("year"));
        }
    }
}
