package fazhi.adapter.rest.township;

import fazhi.testing.TestTownships;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static fazhi.adapter.rest.township.PeopleApiTest.PEOPLE;
import static fazhi.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Keycloak away (nothing listens where the API asks): the forms say so and may retry; never a 500. */
@QuarkusTest
@TestProfile(PeopleWithoutKeycloakApiTest.KeycloakAway.class)
class PeopleWithoutKeycloakApiTest {

    public static class KeycloakAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.keycloak.admin-client.server-url", "http://127.0.0.1:9");
        }
    }

    @Inject
    TestTownships townships;

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    @Test
    void the_answer_is_503_problem_json_with_retry_after() {
        as(Users.JINHE_STAFF).queryParam("role", "legal-reviewer").get(PEOPLE, "jinhe").then().statusCode(503)
                .contentType(containsString("application/problem+json"))
                .header("Retry-After", equalTo("1"))
                .body("detail", containsString("人员"));
    }
}
