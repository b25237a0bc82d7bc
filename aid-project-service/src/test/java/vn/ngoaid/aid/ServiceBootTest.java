package vn.ngoaid.aid;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The service boots on its own schema, reports ready, and serves its OpenAPI document and the code lists. */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ServiceBootTest {

    @Test
    void isReadyWithItsDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesItsOpenApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Aid project service"));
    }

    @Test
    void servesReferenceData() {
        given().get("/api/v1/reference/provinces?q=lang son").then().statusCode(200)
                .body("items[0].name", containsString("Lạng Sơn"));
    }
}
