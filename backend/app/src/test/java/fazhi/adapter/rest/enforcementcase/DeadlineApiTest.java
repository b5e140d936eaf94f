package fazhi.adapter.rest.enforcementcase;

import fazhi.testing.TestTownships;
import fazhi.testing.Tokens;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fazhi.adapter.rest.enforcementcase.CaseApi.DEADLINES;
import static fazhi.adapter.rest.enforcementcase.CaseApi.PROBLEM;
import static fazhi.adapter.rest.enforcementcase.CaseApi.caseBody;
import static fazhi.adapter.rest.enforcementcase.CaseApi.decision;
import static fazhi.adapter.rest.enforcementcase.CaseApi.done;
import static fazhi.adapter.rest.enforcementcase.CaseApi.file;
import static fazhi.adapter.rest.enforcementcase.CaseApi.notice;
import static fazhi.adapter.rest.enforcementcase.CaseApi.outcome;
import static fazhi.adapter.rest.enforcementcase.CaseApi.team;
import static fazhi.adapter.rest.enforcementcase.CaseApi.today;
import static fazhi.adapter.rest.enforcementcase.CaseApi.with;
import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The deadlines radar: GET /api/v1/townships/{t}/deadlines?within=P7D. */
@QuarkusTest
class DeadlineApiTest {

    @Inject
    TestTownships townships;

    List<String> officers;

    @BeforeEach
    void townshipAndTeam() {
        townships.ensure();
        officers = team("jinhe");
    }

    String item(String id, String kind) {
        return "items.find { it.recordId == '" + id + "' && it.kind == '" + kind + "' }";
    }

    @Test
    void a_decision_due_within_the_period_is_listed_and_one_beyond_it_is_not() {
        // filed 85 days ago: the decision is due in 5 days
        String id = file(with(with(with(caseBody(officers), "filedOn", today().minusDays(85).toString()),
                "violationDate", today().minusDays(90).toString()), "discoveredOn",
                today().minusDays(90).toString())).id();
        as(Users.JINHE_STAFF).queryParam("within", "P7D").get(DEADLINES, "jinhe").then().statusCode(200)
                .body("asOf", equalTo(today().toString()))
                .body("within", equalTo("P7D"))
                .body("until", equalTo(today().plusDays(7).toString()))
                .body(item(id, "DECISION") + ".dueOn", equalTo(today().plusDays(5).toString()))
                .body(item(id, "DECISION") + ".daysLeft", equalTo(5))
                .body(item(id, "DECISION") + ".overdue", equalTo(false))
                .body(item(id, "DECISION") + ".recordType", equalTo("enforcement-case"))
                .body(item(id, "DECISION") + ".label", startsWith("锦和执立〔"));
        as(Users.JINHE_STAFF).queryParam("within", "P3D").get(DEADLINES, "jinhe").then().statusCode(200)
                .body("items.recordId", not(hasItem(id)));
    }

    @Test
    void an_overdue_delivery_is_always_listed_and_the_list_is_sorted_by_due_date() {
        String id = file(CaseApi.dated(with(caseBody(officers), "procedure", "SIMPLE"), today().minusDays(9),
                today().minusDays(9), today().minusDays(9))).id();
        done(id, "notify", notice(today().minusDays(9), outcome("WARNING", null), false));
        done(id, "decide", decision(today().minusDays(9), outcome("WARNING", null), false));
        var answer = as(Users.JINHE_OFFICER).queryParam("within", "P1D").get(DEADLINES, "jinhe").then()
                .statusCode(200)
                .body(item(id, "DELIVERY") + ".dueOn", equalTo(today().minusDays(2).toString()))
                .body(item(id, "DELIVERY") + ".overdue", equalTo(true))
                .body(item(id, "DELIVERY") + ".daysLeft", equalTo(-2))
                .extract();
        List<String> due = answer.path("items.dueOn");
        assertThat(due).isSorted();
    }

    @Test
    void without_a_period_the_radar_looks_seven_days_ahead() {
        as(Users.JINHE_LEADER).get(DEADLINES, "jinhe").then().statusCode(200).body("within", equalTo("P7D"))
                .body("until", equalTo(today().plusDays(7).toString()));
    }

    @Test
    void a_bad_period_is_422_naming_within() {
        for (String within : new String[] {"7 days", "P", "PT5H", "P367D", "P2Y", "P-1D"}) {
            as(Users.JINHE_STAFF).queryParam("within", within).get(DEADLINES, "jinhe")
                    .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("within"));
        }
        as(Users.JINHE_STAFF).queryParam("within", "P366D").get(DEADLINES, "jinhe").then().statusCode(200);
    }

    @Test
    void every_township_role_sees_the_radar() {
        for (Users user : new Users[] {Users.JINHE_STAFF, Users.JINHE_OFFICER, Users.JINHE_REVIEWER,
                Users.JINHE_LEADER, Users.JINHE_AUDITOR, Users.COUNTY_AUDITOR, Users.COUNTY_SYSTEM, Users.ADMIN}) {
            as(user).get(DEADLINES, "jinhe").then().statusCode(200);
        }
    }

    @Test
    void a_token_without_a_role_is_403_and_none_is_401() {
        RestAssured.given().header("Authorization", "Bearer " + Tokens.token("t-nobody", List.of(), List.of("jinhe")))
                .get(DEADLINES, "jinhe").then().statusCode(403).contentType(PROBLEM);
        anonymous().get(DEADLINES, "jinhe").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void another_townships_radar_is_404_sys04() {
        as(Users.GAOCUN_STAFF).get(DEADLINES, "jinhe").then().statusCode(404).contentType(PROBLEM);
        as(Users.GAOCUN_STAFF).get(DEADLINES, "gaocun").then().statusCode(200)
                .body("items.label", not(hasItem(startsWith("锦和"))));
    }
}
