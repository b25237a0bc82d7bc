package vn.ngoaid.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * What a service's health endpoints say about a service it calls: readiness and liveness are the service's own, and
 * the services it calls are reported in the health group "dependencies" only.
 */
public final class Health {

    private static final String DEPENDENCIES = "/q/health/group/dependencies";

    private Health() {
    }

    /** {@code dependency} answers: the group "dependencies" is UP and says so of it. */
    public static void assertDependencyUp(String dependency) {
        given().get(DEPENDENCIES).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == '" + dependency + "' }.status", equalTo("UP"));
    }

    /**
     * {@code dependency} is stopped: the service is still ready on its database and live, neither names the
     * dependency, and the group "dependencies" is 503 with the dependency DOWN.
     */
    public static void assertReadyWhileDown(String dependency) {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"))
                .body("checks.name", not(hasItem(dependency)));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", not(hasItem(dependency)));
        given().get(DEPENDENCIES).then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.find { it.name == '" + dependency + "' }.status", equalTo("DOWN"));
    }
}
