package vn.ngoaid.aid.dashboard;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The coordinators' dashboard is served by this service with everything it needs (no CDN: the chart library comes
 * from the service's own jar) and learns where the other services are from it. Its figures are checked in Chromium
 * against the running demo by .ci/dashboard.mjs.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DashboardTest {

    @Test
    void thePageIsServedInVietnameseWithItsOwnScriptsOnly() {
        given().get("/dashboard/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"vi\">"), containsString("src=\"dashboard.js\""), not(containsString("//")));
        given().get("/dashboard/dashboard.js").then().statusCode(200).body(containsString("/webjars/echarts/5.3.1/dist/echarts.min.js"));
    }

    @Test
    void theChartLibraryIsPackaged() {
        given().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200);
    }

    @Test
    void theServicesAreWhereThisServiceReachesThem() {
        var config = ConfigProvider.getConfig();
        given().get("/dashboard/services").then().statusCode(200)
                .body("registry", equalTo(config.getValue("quarkus.rest-client.ngo-registry.url", String.class).replaceAll("/+$", "")))
                .body("partner", equalTo(config.getValue("quarkus.rest-client.partner.url", String.class).replaceAll("/+$", "")));
    }
}
