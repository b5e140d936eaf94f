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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fazhi.adapter.rest.contract.ContractApi.ACTION;
import static fazhi.adapter.rest.contract.ContractApi.BASIS;
import static fazhi.adapter.rest.contract.ContractApi.CONTRACT;
import static fazhi.adapter.rest.contract.ContractApi.CONTRACTS;
import static fazhi.adapter.rest.contract.ContractApi.PROBLEM;
import static fazhi.adapter.rest.contract.ContractApi.act;
import static fazhi.adapter.rest.contract.ContractApi.contract;
import static fazhi.adapter.rest.contract.ContractApi.etag;
import static fazhi.adapter.rest.contract.ContractApi.idNumber;
import static fazhi.adapter.rest.contract.ContractApi.person;
import static fazhi.adapter.rest.contract.ContractApi.registered;
import static fazhi.adapter.rest.contract.ContractApi.reviewId;
import static fazhi.adapter.rest.contract.ContractApi.reviewed;
import static fazhi.adapter.rest.contract.ContractApi.signing;
import static fazhi.adapter.rest.contract.ContractApi.submission;
import static fazhi.adapter.rest.contract.ContractApi.today;
import static fazhi.adapter.rest.contract.ContractApi.unique;
import static fazhi.adapter.rest.contract.ContractApi.uploaded;
import static fazhi.adapter.rest.contract.ContractApi.with;
import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The contract ledger: /api/v1/townships/{t}/contracts, its lifecycle and its refusals (CON-01, LR-03, LR-05). */
@QuarkusTest
class ContractApiTest {

    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    long contractsTitled(String title) {
        return sql.count("select count(*) from contracts where title = ?", title);
    }

    @Nested
    class Registering {

        @Test
        void a_clerk_registers_a_draft_numbered_in_the_townships_year() {
            String title = unique("锦和镇和平村道路硬化工程施工合同");
            as(Users.JINHE_STAFF).body(contract(title, "499999.99")).post(CONTRACTS, "jinhe").then().statusCode(201)
                    .header("Location", containsString("/api/v1/townships/jinhe/contracts/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("number", matchesPattern("锦和合〔" + today().getYear() + "〕第\\d+号"))
                    .body("status", equalTo("DRAFT"))
                    .body("major", equalTo(false))
                    .body("majorReasons", equalTo(List.of()))
                    .body("majorThreshold", equalTo("500000.00"))
                    .body("amount", equalTo("499999.99"))
                    .body("review.outcome", equalTo("NONE"))
                    .body("review.required", equalTo(false))
                    .body("performance.unpaid", equalTo("499999.99"))
                    .body("allowedActions", hasItem("submit-for-review"))
                    .body("allowedActions", not(hasItem("approve")));
            assertThat(sql.count("select count(*) from audit_events where record_type = 'contract' and action = "
                    + "'contract.registered' and record_id = (select id from contracts where title = ?)", title))
                    .isEqualTo(1);
        }

        @Test
        void con01_the_view_says_why_a_contract_is_major() {
            as(Users.JINHE_STAFF).body(contract(unique("工程"), "500000.00")).post(CONTRACTS, "jinhe").then()
                    .statusCode(201).body("major", equalTo(true)).body("majorReasons", equalTo(List.of("AMOUNT")))
                    .body("review.required", equalTo(true));
            as(Users.JINHE_STAFF).body(with(contract(unique("土地"), "1000.00"), "type", "LAND"))
                    .post(CONTRACTS, "jinhe").then().statusCode(201)
                    .body("major", equalTo(true)).body("majorReasons", equalTo(List.of("TYPE")));
        }

        @Test
        void roles_token_township_and_idempotency_are_checked() {
            for (Users user : new Users[] {Users.JINHE_OFFICER, Users.JINHE_REVIEWER, Users.JINHE_AUDITOR,
                    Users.COUNTY_SYSTEM, Users.ADMIN}) {
                String title = unique("禁");
                as(user).body(contract(title, "1000.00")).post(CONTRACTS, "jinhe").then().statusCode(403)
                        .contentType(PROBLEM);
                assertThat(contractsTitled(title)).isZero();
            }
            anonymous().body(contract(unique("x"), "1.00")).post(CONTRACTS, "jinhe").then().statusCode(401);
            as(Users.GAOCUN_STAFF).body(contract(unique("x"), "1.00")).post(CONTRACTS, "jinhe").then().statusCode(404);
            String key = UUID.randomUUID().toString();
            String title = unique("幂等");
            Map<String, Object> body = contract(title, "1000.00");
            String first = as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(body)
                    .post(CONTRACTS, "jinhe").then().statusCode(201).extract().path("id");
            as(Users.JINHE_STAFF).header("Idempotency-Key", key).body(body)
                    .post(CONTRACTS, "jinhe").then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                    .body("id", equalTo(first));
            assertThat(contractsTitled(title)).isEqualTo(1);
        }

        @Test
        void bad_input_is_400_or_422_naming_the_field_and_nothing_is_written() {
            long before = sql.count("select count(*) from contracts");
            as(Users.JINHE_STAFF).body("{\"title\": ").post(CONTRACTS, "jinhe").then().statusCode(400)
                    .contentType(PROBLEM);
            Map<String, Object> wrongCode = contract(unique("x"), "1.00");
            @SuppressWarnings("unchecked")
            Map<String, Object> party = new java.util.HashMap<>((Map<String, Object>) wrongCode.get("counterparty"));
            String code = (String) party.get("creditCode");
            party.put("creditCode", code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'));
            as(Users.JINHE_STAFF).body(with(wrongCode, "counterparty", party)).post(CONTRACTS, "jinhe").then()
                    .statusCode(422).body("violations.field", hasItem("counterparty.creditCode"));
            as(Users.JINHE_STAFF).body(with(contract(unique("x"), "1.00"), "term",
                            Map.of("startOn", "2025-07-01", "endOn", "2025-06-30"))).post(CONTRACTS, "jinhe").then()
                    .statusCode(422).body("violations.field", hasItem("term.endOn"));
            as(Users.JINHE_STAFF).body(with(contract(unique("x"), "1.00"), "amount", "12.345")).post(CONTRACTS, "jinhe")
                    .then().statusCode(422).body("violations.field", hasItem("amount"));
            as(Users.JINHE_STAFF).body(with(contract(unique("x"), "1.00"), "type", "BARTER")).post(CONTRACTS, "jinhe")
                    .then().statusCode(400).body("violations.field", hasItem("type"));
            as(Users.JINHE_STAFF).body(with(with(contract(unique("x"), "1.00"), "procurementMethod", "TENDER"),
                    "tendered", false)).post(CONTRACTS, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("tendered"));
            assertThat(sql.count("select count(*) from contracts")).isEqualTo(before);
        }

        @Test
        void a_persons_identity_number_is_encrypted_and_shown_by_role() {
            String number = idNumber();
            String id = registered(with(contract(unique("保洁服务合同"), "36000.00"), "counterparty",
                    person("滕秀英", number)));
            as(Users.JINHE_STAFF).get(CONTRACT, "jinhe", id).then().statusCode(200)
                    .body("counterparty.idNumber", equalTo(number)).body("counterparty.masked", equalTo(false));
            as(Users.JINHE_AUDITOR).get(CONTRACT, "jinhe", id).then().statusCode(200)
                    .body("counterparty.idNumber", equalTo(number.substring(0, 3) + "***********"
                            + number.substring(14)))
                    .body("counterparty.phone", equalTo("139****2222")).body("counterparty.masked", equalTo(true));
            assertThat(sql.string("select counterparty_id_number from contracts where id = ?", id))
                    .isNotEqualTo(number).doesNotContain(number.substring(6, 14));
            assertThat(sql.count("select count(*) from audit_events where record_id = ? and changes like ?", id,
                    "%" + number + "%")).isZero();
        }
    }

    @Nested
    class ReviewApprovalSigning {

        @Test
        void a_major_contract_goes_through_review_approval_and_signing() {
            String id = registered(contract(unique("锦和镇集镇污水管网建设工程施工合同"), "860000.00"));
            // LR-03: no approval before the review passed
            act(Users.JINHE_LEADER, id, "approve", Map.of()).statusCode(422).contentType(PROBLEM)
                    .body("rule", equalTo("LR-03")).body("legalBasis", equalTo(BASIS));
            act(Users.JINHE_STAFF, id, "submit-for-review", submission()).statusCode(200)
                    .body("status", equalTo("IN_REVIEW")).body("review.outcome", equalTo("PENDING"))
                    .body("reviewSubmittedOn", equalTo(today().toString()));
            act(Users.JINHE_LEADER, id, "approve", Map.of()).statusCode(422).body("rule", equalTo("LR-03"))
                    .body("detail", containsString("尚未出具意见"));
            reviewed(reviewId(id), "approve", Map.of());
            act(Users.JINHE_STAFF, id, "approve", Map.of()).statusCode(403);
            act(Users.JINHE_LEADER, id, "approve", Map.of("opinion", "同意签订")).statusCode(200)
                    .body("status", equalTo("APPROVED")).body("approval.approvedBy", equalTo("t-leader"))
                    .body("review.passed", equalTo(true));
            // the signed text must be one of the contract's files
            String other = registered(contract(unique("另一份"), "1000.00"));
            act(Users.JINHE_STAFF, id, "sign", signing(uploaded(other))).statusCode(422)
                    .body("violations.field", hasItem("signedFileId"));
            String file = uploaded(id);
            act(Users.JINHE_STAFF, id, "sign", signing(file)).statusCode(200)
                    .body("status", equalTo("PERFORMING"))
                    .body("signing.signedFileId", equalTo(file))
                    .body("signing.signatories", equalTo(List.of("赵志刚", "王建兴")))
                    .body("versions.number", equalTo(List.of(1)))
                    .body("versions[0].amount", equalTo("860000.00"))
                    .body("allowedActions", hasItem("propose-amendment"));
            assertThat(sql.count("select count(*) from audit_events where record_id = ? and record_type = 'contract'"
                    + " and action like 'contract.%'", id)).isEqualTo(4);
            // the signed text stays while the contract points to it
            as(Users.JINHE_STAFF).delete("/api/v1/townships/{t}/attachments/{id}", "jinhe", file).then()
                    .statusCode(409);
        }

        @Test
        void lr05_a_rejected_review_blocks_the_approval() {
            String id = registered(contract(unique("锦和镇村级光伏电站屋顶租赁协议"), "900000.00"));
            act(Users.JINHE_STAFF, id, "submit-for-review", submission()).statusCode(200);
            reviewed(reviewId(id), "reject", Map.of("reasons", List.of("租赁期限超过二十年")));
            act(Users.JINHE_LEADER, id, "approve", Map.of()).statusCode(422).contentType(PROBLEM)
                    .body("rule", equalTo("LR-05")).body("legalBasis", nullValue());
            as(Users.JINHE_STAFF).get(CONTRACT, "jinhe", id).then().body("review.outcome", equalTo("REJECTED"))
                    .body("status", equalTo("IN_REVIEW"));
            // submitting again is the review's resubmission, not a second review
            act(Users.JINHE_STAFF, id, "submit-for-review", submission()).statusCode(422)
                    .body("violations.field", hasItem("status"));
        }

        @Test
        void lr03_is_checked_again_at_signing_with_the_threshold_as_it_stands() {
            String id = registered(contract(unique("锦和镇中心小学保洁服务合同"), "320000.00"));
            act(Users.JINHE_LEADER, id, "approve", Map.of()).statusCode(200).body("review.required", equalTo(false));
            String file = uploaded(id);
            try {
                Settings.put("jinhe", Settings.with("contractMajorThreshold", "300000.00"));
                act(Users.JINHE_STAFF, id, "sign", signing(file)).statusCode(422).contentType(PROBLEM)
                        .body("rule", equalTo("LR-03")).body("legalBasis", equalTo(BASIS))
                        .body("detail", containsString("300,000.00"));
                // the leader's approval without review is given again after one
                act(Users.JINHE_STAFF, id, "submit-for-review", submission()).statusCode(200)
                        .body("status", equalTo("IN_REVIEW")).body("approval", nullValue());
            } finally {
                Settings.put("jinhe", Settings.defaults());
            }
        }

        @Test
        void a_contract_that_is_not_major_is_signed_without_review_and_then_kept_to_con02() {
            String id = registered(contract(unique("锦和镇政府食堂食材采购合同"), "48000.00"));
            act(Users.JINHE_LEADER, id, "approve", Map.of()).statusCode(200);
            act(Users.JINHE_STAFF, id, "sign", signing(uploaded(id))).statusCode(200)
                    .body("status", equalTo("PERFORMING"));
            Map<String, Object> body = as(Users.JINHE_STAFF).get(CONTRACT, "jinhe", id).then().extract()
                    .jsonPath().getMap("");
            Map<String, Object> edit = contract((String) body.get("title"), "52000.00");
            edit.put("counterparty", as(Users.JINHE_STAFF).get(CONTRACT, "jinhe", id).then().extract().jsonPath()
                    .getMap("counterparty"));
            @SuppressWarnings("unchecked")
            Map<String, Object> counterparty = new java.util.HashMap<>((Map<String, Object>) edit.get("counterparty"));
            counterparty.remove("masked");
            edit.put("counterparty", counterparty);
            edit.put("term", body.get("term"));
            as(Users.JINHE_STAFF).header("If-Match", etag(id)).body(edit).put(CONTRACT, "jinhe", id).then()
                    .statusCode(422).contentType(PROBLEM).body("rule", equalTo("CON-02"))
                    .body("legalBasis", equalTo(BASIS)).body("detail", containsString("amount"));
            as(Users.JINHE_STAFF).header("If-Match", etag(id)).body(with(with(edit, "amount", "48000.00"),
                    "responsiblePerson", "田晓燕")).put(CONTRACT, "jinhe", id).then().statusCode(200)
                    .body("responsiblePerson", equalTo("田晓燕"));
        }
    }

    @Nested
    class Changing {

        @Test
        void a_draft_is_edited_with_if_match_and_the_edit_is_audited() {
            String id = registered(contract(unique("草稿"), "1000.00"));
            as(Users.JINHE_STAFF).body(contract(unique("草稿"), "2000.00")).put(CONTRACT, "jinhe", id).then()
                    .statusCode(428).body("rule", equalTo("SYS-02"));
            as(Users.JINHE_STAFF).header("If-Match", "\"99\"").body(contract(unique("草稿"), "2000.00"))
                    .put(CONTRACT, "jinhe", id).then().statusCode(412);
            as(Users.JINHE_STAFF).header("If-Match", etag(id)).body(contract(unique("草稿改"), "2000.00"))
                    .put(CONTRACT, "jinhe", id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                    .body("amount", equalTo("2000.00"));
            assertThat(sql.count("select count(*) from audit_events where record_id = ? and action = 'contract.edited'"
                    + " and changes like '%2000.00%'", id)).isEqualTo(1);
        }

        @Test
        void another_townships_contract_is_not_found_and_a_role_that_may_not_is_refused() {
            String id = registered(contract(unique("本镇"), "1000.00"));
            as(Users.GAOCUN_LEADER).get(CONTRACT, "jinhe", id).then().statusCode(404);
            as(Users.GAOCUN_LEADER).get(CONTRACT, "gaocun", id).then().statusCode(404);
            as(Users.GAOCUN_LEADER).header("If-Match", "\"0\"").body(Map.of())
                    .post(ACTION, "gaocun", id, "approve").then().statusCode(404);
            as(Users.JINHE_OFFICER).header("If-Match", "\"0\"").body(Map.of())
                    .post(ACTION, "jinhe", id, "approve").then().statusCode(403);
            as(Users.JINHE_AUDITOR).get(CONTRACT, "jinhe", id).then().statusCode(200)
                    .body("allowedActions", equalTo(List.of()));
            anonymous().get(CONTRACT, "jinhe", id).then().statusCode(401);
        }

        @Test
        void a_performed_contract_is_terminated_by_the_leader_or_completed_then_archived() {
            String first = registered(contract(unique("终止"), "1000.00"));
            act(Users.JINHE_LEADER, first, "approve", Map.of()).statusCode(200);
            act(Users.JINHE_STAFF, first, "sign", signing(uploaded(first))).statusCode(200);
            act(Users.JINHE_STAFF, first, "terminate", Map.of("reason", "协商解除")).statusCode(403);
            act(Users.JINHE_LEADER, first, "terminate", Map.of()).statusCode(422)
                    .body("violations.field", hasItem("reason"));
            act(Users.JINHE_LEADER, first, "terminate", Map.of("reason", "协商解除")).statusCode(200)
                    .body("status", equalTo("TERMINATED")).body("termination.terminatedBy", equalTo("t-leader"));
            act(Users.JINHE_STAFF, first, "archive", Map.of()).statusCode(200).body("status", equalTo("ARCHIVED"))
                    .body("allowedActions", equalTo(List.of()));
            String second = registered(contract(unique("完毕"), "1000.00"));
            act(Users.JINHE_LEADER, second, "approve", Map.of()).statusCode(200);
            act(Users.JINHE_STAFF, second, "sign", signing(uploaded(second))).statusCode(200);
            act(Users.JINHE_STAFF, second, "complete", Map.of()).statusCode(200)
                    .body("status", equalTo("COMPLETED"));
            act(Users.JINHE_STAFF, second, "complete", Map.of()).statusCode(422)
                    .body("violations.field", hasItem("status"));
            act(Users.JINHE_STAFF, second, "archive", Map.of("archivedOn", today().plusDays(1).toString()))
                    .statusCode(422).body("violations.field", hasItem("archivedOn"));
        }
    }

    @Nested
    class Listing {

        @Test
        void the_ledger_filters_by_status_type_major_text_and_year() {
            String marker = unique("筛选");
            String small = registered(contract(marker + "小", "1000.00"));
            String land = registered(with(contract(marker + "地", "1000.00"), "type", "LAND"));
            String big = registered(contract(marker + "大", "600000.00"));
            as(Users.JINHE_AUDITOR).queryParam("q", marker).get(CONTRACTS, "jinhe").then().statusCode(200)
                    .body("total", equalTo(3)).body("items[0].id", equalTo(big))
                    .body("items[0].counterpartyName", containsString("麻阳兴旺"))
                    .body("items[0].flagged", equalTo(false));
            as(Users.JINHE_AUDITOR).queryParam("q", marker).queryParam("major", "true").get(CONTRACTS, "jinhe")
                    .then().statusCode(200).body("items.id", equalTo(List.of(big, land)));
            as(Users.JINHE_AUDITOR).queryParam("q", marker).queryParam("major", "false").get(CONTRACTS, "jinhe")
                    .then().statusCode(200).body("items.id", equalTo(List.of(small)));
            as(Users.JINHE_AUDITOR).queryParam("q", marker).queryParam("type", "LAND").get(CONTRACTS, "jinhe")
                    .then().statusCode(200).body("items.id", equalTo(List.of(land)));
            as(Users.JINHE_AUDITOR).queryParam("q", marker).queryParam("status", "DRAFT")
                    .queryParam("year", today().getYear()).queryParam("sort", "amount,asc").get(CONTRACTS, "jinhe")
                    .then().statusCode(200).body("items.id", equalTo(List.of(small, land, big)));
            as(Users.JINHE_AUDITOR).queryParam("q", marker).queryParam("year", 2001).get(CONTRACTS, "jinhe")
                    .then().statusCode(200).body("total", equalTo(0));
            as(Users.JINHE_AUDITOR).queryParam("status", "SIGNED").get(CONTRACTS, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("status"));
            as(Users.JINHE_AUDITOR).queryParam("major", "maybe").get(CONTRACTS, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("major"));
            as(Users.JINHE_AUDITOR).queryParam("sort", "title").get(CONTRACTS, "jinhe").then().statusCode(422)
                    .body("violations.field", hasItem("sort"));
            as(Users.GAOCUN_STAFF).get(CONTRACTS, "jinhe").then().statusCode(404);
        }
    }
}
