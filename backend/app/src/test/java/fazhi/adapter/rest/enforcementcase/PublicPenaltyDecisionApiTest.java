package fazhi.adapter.rest.enforcementcase;

import fazhi.testing.TestTownships;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fazhi.adapter.rest.enforcementcase.CaseApi.PUBLIC;
import static fazhi.adapter.rest.enforcementcase.CaseApi.caseBody;
import static fazhi.adapter.rest.enforcementcase.CaseApi.creditCode;
import static fazhi.adapter.rest.enforcementcase.CaseApi.decision;
import static fazhi.adapter.rest.enforcementcase.CaseApi.done;
import static fazhi.adapter.rest.enforcementcase.CaseApi.file;
import static fazhi.adapter.rest.enforcementcase.CaseApi.idNumber;
import static fazhi.adapter.rest.enforcementcase.CaseApi.leaderDone;
import static fazhi.adapter.rest.enforcementcase.CaseApi.notice;
import static fazhi.adapter.rest.enforcementcase.CaseApi.organisation;
import static fazhi.adapter.rest.enforcementcase.CaseApi.outcome;
import static fazhi.adapter.rest.enforcementcase.CaseApi.person;
import static fazhi.adapter.rest.enforcementcase.CaseApi.team;
import static fazhi.adapter.rest.enforcementcase.CaseApi.today;
import static fazhi.adapter.rest.enforcementcase.CaseApi.unique;
import static fazhi.adapter.rest.enforcementcase.CaseApi.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** ENF-13 for the public: GET /api/v1/public/townships/{t}/penalty-decisions, no login, personal data removed. */
@QuarkusTest
class PublicPenaltyDecisionApiTest {

    @Inject
    TestTownships townships;

    List<String> officers;

    @BeforeEach
    void townshipAndTeam() {
        townships.ensure();
        officers = team("jinhe");
    }

    /** A fine of 200.00 decided on the spot and published by the leader: answers the decision number. */
    String publishedFine(Map<String, Object> party) {
        String id = file(with(with(caseBody(officers), "procedure", "SIMPLE"), "party", party)).id();
        done(id, "notify", notice(today(), outcome("FINE", "200.00"), false));
        String number = done(id, "decide", decision(today(), outcome("FINE", "200.00"), true)).extract()
                .path("decision.number");
        leaderDone(id, "publish", Map.of());
        return number;
    }

    static io.restassured.response.ValidatableResponse publicList() {
        return RestAssured.given().queryParam("size", "200").get(PUBLIC, "jinhe").then().statusCode(200);
    }

    @Test
    void a_published_decision_is_listed_without_login_and_without_personal_data() {
        String number = idNumber();
        String name = "欧阳" + unique("明");
        String decisionNumber = publishedFine(person(name, number));
        String body = publicList()
                .body("items.decisionNumber", hasItem(decisionNumber))
                .body("items.find { it.decisionNumber == '" + decisionNumber + "' }.partyName", equalTo("欧阳某"))
                .body("items.find { it.decisionNumber == '" + decisionNumber + "' }.outcome.kind", equalTo("FINE"))
                .body("items.find { it.decisionNumber == '" + decisionNumber + "' }.outcome.fineAmount",
                        equalTo("200.00"))
                .body("items.find { it.decisionNumber == '" + decisionNumber + "' }.field",
                        equalTo("ROAD_TRAFFIC_SAFETY"))
                .body("items.find { it.decisionNumber == '" + decisionNumber + "' }.publishedOn",
                        equalTo(today().toString()))
                .extract().asString();
        assertThat(body).doesNotContain(number).doesNotContain(name).doesNotContain("13907451234")
                .doesNotContain("和平村3组").doesNotContain("idNumber").doesNotContain("phone");
    }

    @Test
    void an_organisation_is_published_by_its_name() {
        String name = unique("锦和砂石有限公司");
        String decisionNumber = publishedFine(organisation(name, creditCode()));
        publicList().body("items.find { it.decisionNumber == '" + decisionNumber + "' }.partyName", equalTo(name));
    }

    @Test
    void a_decided_but_unpublished_decision_is_not_listed() {
        String id = file(with(caseBody(officers), "procedure", "SIMPLE")).id();
        done(id, "notify", notice(today(), outcome("WARNING", null), false));
        String decisionNumber = done(id, "decide", decision(today(), outcome("WARNING", null), true)).extract()
                .path("decision.number");
        publicList().body("items.decisionNumber", not(hasItem(decisionNumber)));
    }

    @Test
    void enf13_a_revoked_decision_leaves_the_list_at_once() {
        String id = file(with(caseBody(officers), "procedure", "SIMPLE")).id();
        done(id, "notify", notice(today(), outcome("WARNING", null), false));
        String decisionNumber = done(id, "decide", decision(today(), outcome("WARNING", null), true)).extract()
                .path("decision.number");
        leaderDone(id, "publish", Map.of());
        publicList().body("items.decisionNumber", hasItem(decisionNumber));
        leaderDone(id, "revoke", Map.of("reason", "行政复议决定撤销原处罚决定。"));
        publicList().body("items.decisionNumber", not(hasItem(decisionNumber)));
    }

    @Test
    void the_list_filters_by_year_and_pages() {
        String decisionNumber = publishedFine(person("孙" + unique("八"), idNumber()));
        RestAssured.given().queryParam("year", today().getYear()).queryParam("size", "200").get(PUBLIC, "jinhe")
                .then().statusCode(200).body("items.decisionNumber", hasItem(decisionNumber));
        RestAssured.given().queryParam("year", today().getYear() - 5).get(PUBLIC, "jinhe")
                .then().statusCode(200).body("items.decisionNumber", not(hasItem(decisionNumber)));
        RestAssured.given().queryParam("size", "1").get(PUBLIC, "jinhe")
                .then().statusCode(200).body("size", equalTo(1)).body("items.size()", equalTo(1));
    }

    @Test
    void another_townships_list_does_not_show_jinhe_decisions() {
        String decisionNumber = publishedFine(person("周" + unique("九"), idNumber()));
        RestAssured.given().get(PUBLIC, "gaocun").then().statusCode(200)
                .body("items.decisionNumber", not(hasItem(decisionNumber)));
    }

    @Test
    void an_unknown_township_is_404_and_bad_parameters_422() {
        RestAssured.given().get(PUBLIC, "nowhere").then().statusCode(404).contentType(CaseApi.PROBLEM);
        RestAssured.given().queryParam("size", "500").get(PUBLIC, "jinhe").then().statusCode(422)
                .body("violations.field", hasItem("size"));
        RestAssured.given().queryParam("year", "x").get(PUBLIC, "jinhe").then().statusCode(422)
                .body("violations.field", hasItem("year"));
    }
}
