package fazhi.adapter.identity;

import fazhi.testing.TestTownships;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Tokens from the real Keycloak with the realm of deploy/keycloak: a demo user's password grant and the
 * county system's client credentials, validated by the API as in production. `make test` starts Keycloak
 * and sets FAZHI_KEYCLOAK_URL.
 */
@QuarkusTest
@TestProfile(RealKeycloakTest.RealKeycloak.class)
@EnabledIfEnvironmentVariable(named = "FAZHI_KEYCLOAK_URL", matches = ".+")
class RealKeycloakTest {

    static final String KEYCLOAK = System.getenv("FAZHI_KEYCLOAK_URL");
    static final String TOKEN_URL = KEYCLOAK + "/realms/fazhi/protocol/openid-connect/token";

    @Inject
    TestTownships townships;

    /** Validates tokens against the real realm instead of the test key. */
    public static class RealKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.auth-server-url", KEYCLOAK + "/realms/fazhi",
                    "quarkus.oidc.public-key", "",
                    "quarkus.oidc.token.issuer", KEYCLOAK + "/realms/fazhi");
        }
    }

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    static String passwordGrant(String username) {
        return RestAssured.given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "fazhi-test")
                .formParam("username", username).formParam("password", "Fazhi-2025")
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    static String clientCredentials() {
        return RestAssured.given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", "county-system")
                .formParam("client_secret", "county-system-local-secret")
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    @Test
    void a_demo_clerk_logs_in_and_sees_herself_and_the_officers() {
        String token = passwordGrant("staff");
        RestAssured.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("staff"))
                .body("roles", hasItem("staff"))
                .body("townships", equalTo(List.of("jinhe")));
        RestAssured.given().auth().oauth2(token).get("/api/v1/townships/jinhe/officers").then().statusCode(200)
                .body("total", notNullValue());
        RestAssured.given().auth().oauth2(token).get("/api/v1/townships/gaocun/officers").then().statusCode(404);
    }

    @Test
    void the_county_system_uses_client_credentials_and_sees_every_township() {
        String token = clientCredentials();
        RestAssured.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("service-account-county-system"))
                .body("roles", hasItem("county-system"))
                .body("townships", equalTo(List.of("*")));
        RestAssured.given().auth().oauth2(token).get("/api/v1/townships/gaocun/officers").then().statusCode(200);
    }
}
