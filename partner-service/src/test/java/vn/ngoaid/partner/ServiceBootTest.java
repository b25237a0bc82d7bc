package vn.ngoaid.partner;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.ngoaid.common.testing.Health.assertDependencyUp;
import static vn.ngoaid.common.testing.Health.assertReadyWhileDown;

/**
 * The service boots on its own schema, reports ready on its own database (the registry is in the health group
 * "dependencies"), and serves its OpenAPI document and the code lists.
 */
@QuarkusTest
class ServiceBootTest {

    @Test
    void isReadyWithItsDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void staysReadyWhileTheRegistryIsStoppedWhichTheDependenciesGroupReports() {
        assertDependencyUp("ngo-registry-service");
        RegistryStub.shutDown();
        try {
            assertReadyWhileDown("ngo-registry-service");
            given().get("/api/v1/reference/provinces?size=1").then().statusCode(200)
                    .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        } finally {
            RegistryStub.startAgain();
        }
        assertDependencyUp("ngo-registry-service");
    }

    @Test
    void servesItsOpenApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Partner service"));
    }

    @Test
    void servesReferenceData() {
        given().get("/api/v1/reference/provinces?q=lang son").then().statusCode(200)
                .body("items[0].name", containsString("Lạng Sơn"));
    }
}
