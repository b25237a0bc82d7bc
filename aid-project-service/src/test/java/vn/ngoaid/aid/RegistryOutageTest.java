package vn.ngoaid.aid;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.ngoaid.aid.Fixtures.assertProblem;
import static vn.ngoaid.aid.Fixtures.post;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.registeredDonor;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * Readiness follows the service itself: with ngo-registry-service stopped, the service stays ready and its reads
 * answer, only the writes that need the registry answer 503, and the health group "dependencies" is where the outage
 * shows. Liveness never includes the registry.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RegistryOutageTest {

    private static final LocalDate APPROVED_ON = LocalDate.parse("2019-04-22");

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    @AfterEach
    void closeCircuits() {
        circuitBreakers.resetAll();
    }

    @Test
    void aStoppedRegistryLeavesTheServiceReadyAndShowsInTheDependenciesGroupOnly() {
        given().get("/q/health/group/dependencies").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'ngo-registry-service' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'partner-service' }.status", equalTo("UP"));
        RegistryStub.shutDown();
        try {
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"))
                    .body("checks.name", not(hasItem("ngo-registry-service")));
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.name", not(hasItem("ngo-registry-service")));
            given().get("/q/health/group/dependencies").then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'ngo-registry-service' }.status", equalTo("DOWN"));

            given().get("/api/v1/aggregates?groupBy=year").then().statusCode(200);
            given().get("/api/v1/projects?size=1").then().statusCode(200);
            assertProblem(post("/api/v1/projects", with(project("USD"), "donor",
                    Map.of("organizationId", UUID.randomUUID().toString()))), 503)
                    .body("detail", containsString("ngo-registry-service"));

            // more checks than the circuit breaker's request volume: they must not open it
            for (int i = 0; i < 12; i++) {
                given().get("/q/health/group/dependencies").then().statusCode(503);
            }
        } finally {
            RegistryStub.startAgain();
        }
        given().get("/q/health/group/dependencies").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'ngo-registry-service' }.status", equalTo("UP"));
        post("/api/v1/projects", with(project("USD"), "donor",
                registeredDonor(UUID.randomUUID(), "Plan International", "GB", "INGO", APPROVED_ON, "12"))).statusCode(201);
    }
}
