package vn.ngoaid.registry.statistics;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The coordinators' dashboard, served by aid-project-service, reads these statistics from the browser: its origin may
 * read them (and see the ETag to revalidate), may not write, and other origins are refused (CORS, set in common for
 * every service).
 */
@QuarkusTest
class DashboardOriginTest {

    private static final String DASHBOARD = "http://localhost:8082";
    private static final String STATISTICS = "/api/v1/statistics/registrations?groupBy=year";

    @Test
    void theDashboardsOriginReadsTheStatisticsAndTheirETag() {
        given().header("Origin", DASHBOARD).get(STATISTICS).then().statusCode(200)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Expose-Headers", equalTo("ETag"))
                .header("Access-Control-Allow-Credentials", "false");
    }

    @Test
    void aPreflightAllowsReadingOnly() {
        given().header("Origin", DASHBOARD).header("Access-Control-Request-Method", "POST")
                .options("/api/v1/organizations").then()
                .header("Access-Control-Allow-Methods", equalTo("GET"));
    }

    @Test
    void anotherOriginIsRefused() {
        given().header("Origin", "http://elsewhere.example").get(STATISTICS).then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
