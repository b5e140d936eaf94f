package fazhi.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests as a test user, in JSON. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(Users user) {
        return RestAssured.given().header("Authorization", user.bearer()).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
