package fazhi.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * api-spec/openapi.yaml is the contract county systems and the SPA build against: it must be what the code
 * generates. When this fails, run {@code make spec} and commit the result.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void the_committed_spec_is_what_the_build_generates() throws IOException {
        Path committed = Path.of(System.getenv().getOrDefault("FAZHI_API_SPEC", "../../api-spec/openapi.yaml"));
        String generated = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        // compared as data: the build-time file and the served document order some keys differently
        YAMLMapper yaml = new YAMLMapper();
        JsonNode expected = yaml.readTree(generated);
        JsonNode actual = yaml.readTree(Files.readString(committed));
        assertThat(actual).as("api-spec/openapi.yaml is out of date: run `make spec`").isEqualTo(expected);
    }

    @Test
    void the_console_is_served_and_logs_in_through_keycloak() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("openIdConnectUrl"))
                .body(containsString("/realms/fazhi/.well-known/openid-configuration"));
    }

    @Test
    void health_is_up() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
    }
}
