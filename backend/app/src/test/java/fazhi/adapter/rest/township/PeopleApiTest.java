package fazhi.adapter.rest.township;

import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.util.List;

import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * GET /api/v1/townships/{t}/people: the realm's users of the real Keycloak that `make test` starts, read through
 * the service account fazhi-people (view-users only) of deploy/keycloak/realm-fazhi.json.
 */
@QuarkusTest
@EnabledIfEnvironmentVariable(named = "FAZHI_KEYCLOAK_URL", matches = ".+")
class PeopleApiTest {

    static final String PEOPLE = "/api/v1/townships/{township}/people";

    @Inject
    TestTownships townships;

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    @Test
    void the_legal_reviewers_of_jinhe_with_their_names_for_the_select_of_a_form() {
        as(Users.JINHE_STAFF).queryParam("role", "legal-reviewer").get(PEOPLE, "jinhe").then().statusCode(200)
                .body("username", equalTo(List.of("reviewer2", "reviewer")))
                .body("displayName", equalTo(List.of("吴丽娟", "张慧敏")))
                .body("roles", everyItem(hasItem("legal-reviewer")));
    }

    @Test
    void without_a_role_the_townships_own_users_and_the_countys_but_no_machine_client() {
        as(Users.JINHE_LEADER).get(PEOPLE, "jinhe").then().statusCode(200)
                .body("username", hasItems("staff", "officer", "reviewer", "leader", "auditor", "admin",
                        "county-auditor"))
                .body("username", not(hasItem("gaocun-staff")))
                .body("username", not(hasItem("service-account-county-system")))
                .body("username", not(hasItem("service-account-fazhi-people")));
        as(Users.GAOCUN_STAFF).get(PEOPLE, "gaocun").then().statusCode(200)
                .body("username", hasItem("gaocun-staff"))
                .body("username", not(hasItem("staff")));
    }

    @Test
    void another_townships_people_are_not_found_and_machines_and_strangers_may_not_ask() {
        as(Users.GAOCUN_STAFF).get(PEOPLE, "jinhe").then().statusCode(404);
        as(Users.COUNTY_SYSTEM).get(PEOPLE, "jinhe").then().statusCode(403);
        anonymous().get(PEOPLE, "jinhe").then().statusCode(401);
    }

    @Test
    void an_unknown_role_is_named_in_the_refusal() {
        as(Users.JINHE_STAFF).queryParam("role", "mayor").get(PEOPLE, "jinhe").then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("violations[0].field", equalTo("role"));
    }
}
