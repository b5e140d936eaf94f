package fazhi.adapter.rest.township;

import fazhi.testing.TestTownships;
import fazhi.testing.Tokens;
import fazhi.testing.Users;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fazhi.testing.Api.anonymous;
import static fazhi.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class IdentityApiTest {

    @Inject
    TestTownships townships;

    @BeforeEach
    void townshipsExist() {
        townships.ensure();
    }

    @Test
    void me_tells_username_roles_and_townships_from_the_token() {
        as(Users.JINHE_STAFF).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("t-staff"))
                .body("roles", equalTo(List.of("staff")))
                .body("townships", equalTo(List.of("jinhe")));
        as(Users.COUNTY_AUDITOR).get("/api/v1/me").then().body("townships", equalTo(List.of("*")));
    }

    @Test
    void roles_unknown_to_fazhi_are_left_out() {
        given().header("Authorization", "Bearer " + Tokens.token("u", List.of("staff", "offline_access"),
                List.of("jinhe"))).get("/api/v1/me").then().body("roles", equalTo(List.of("staff")));
    }

    @Test
    void townships_lists_those_the_caller_may_see() {
        as(Users.JINHE_STAFF).get("/api/v1/townships").then().statusCode(200)
                .body("code", equalTo(List.of("jinhe")))
                .body("[0].nameZh", equalTo("锦和镇"));
        as(Users.COUNTY_AUDITOR).get("/api/v1/townships").then().body("code", hasItems("gaocun", "jinhe"));
    }

    @Test
    void without_a_token_both_are_401() {
        anonymous().get("/api/v1/me").then().statusCode(401);
        anonymous().get("/api/v1/townships").then().statusCode(401);
    }
}
