package vn.ngoaid.partner;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

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
        given().get("/q/health/group/dependencies").then().statusCode(200)
                .body("checks.find { it.name == 'ngo-registry-service' }.status", equalTo("UP"));
        RegistryStub.shutDown();
        try {
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"))
                    .body("checks.name", not(hasItem("ngo-registry-service")));
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            given().get("/q/health/group/dependencies").then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'ngo-registry-service' }.status", equalTo("DOWN"));
            given().get("/api/v1/reference/provinces?size=1").then().statusCode(200)
                    .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        } finally {
            RegistryStub.startAgain();
        }
        given().get("/q/health/group/dependencies").then().statusCode(200).body("status", equalTo("UP"));
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
