package vn.ngoaid.aid.dashboard;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;

import java.util.List;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /**
     * The panels of planned and disbursed aid: per year (beside the year's breakdown, whose answer it shares), the
     * province map coloured by what was planned, and the aid per project owner type, labelled from the reference enums
     * and with a name of its own for projects without an owner; their texts in both languages.
     */
    @Test
    void thePlannedAndOwnerTypePanelsAreOnThePage() {
        given().get("/dashboard/").then().statusCode(200)
                .body(containsString("<input type=\"radio\" name=\"measure\" value=\"planned\">"));
        String script = given().get("/dashboard/dashboard.js").then().statusCode(200)
                .body(containsString("id: 'planned-by-year'"), containsString("line: 'plannedDisbursementRate'"),
                        containsString("dimension: 'ownerType', heading: 'byOwnerType', labels: 'ImplementerType', none: 'noOwner'"))
                .extract().asString();
        // each text in the Vietnamese and in the English dictionary (TEXT = { vi: {…}, en: {…} })
        String vietnamese = script.substring(script.indexOf("\n  vi: {"), script.indexOf("\n  en: {"));
        String english = script.substring(script.indexOf("\n  en: {"), script.indexOf("\n};", script.indexOf("\n  en: {")));
        for (String key : List.of("planned", "plannedDisbursementRate", "undisbursed", "plannedByYear", "byOwnerType", "noOwner")) {
            Pattern text = Pattern.compile("\\b" + key + ": '[^']+'");
            assertEquals(1, text.matcher(vietnamese).results().count(), "vi: " + key);
            assertEquals(1, text.matcher(english).results().count(), "en: " + key);
        }
    }

    /** What those panels read is answered: the planned figures per year and per owner type, and the types' labels. */
    @Test
    void theAggregatesAnswerWhatThePlannedAndOwnerTypePanelsRead() {
        for (String groupBy : List.of("year", "province", "ownerType")) {
            given().queryParam("groupBy", groupBy).queryParam("currency", "USD").queryParam("provinceVintage", "RECORDED")
                    .get("/api/v1/aggregates").then().statusCode(200)
                    .body("totals", hasKey("planned"), "totals", hasKey("plannedDisbursementRate"), "totals", hasKey("undisbursed"))
                    .body("totals.planned", notNullValue());
        }
        given().get("/api/v1/reference/enums").then().statusCode(200)
                .body("find { it.name == 'ImplementerType' }.values.code", containsInAnyOrder("PROVINCIAL_PEOPLES_COMMITTEE",
                        "PROVINCIAL_DEPARTMENT", "DISTRICT", "COMMUNE", "MASS_ORGANIZATION", "UNIVERSITY_OR_HOSPITAL", "NGO", "OTHER"))
                .body("find { it.name == 'ImplementerType' }.values.vietnamese", everyItem(notNullValue()))
                .body("find { it.name == 'ImplementerType' }.values.english", everyItem(notNullValue()));
    }

    @Test
    void theServicesAreWhereThisServiceReachesThem() {
        var config = ConfigProvider.getConfig();
        given().get("/dashboard/services").then().statusCode(200)
                .body("registry", equalTo(config.getValue("quarkus.rest-client.ngo-registry.url", String.class).replaceAll("/+$", "")))
                .body("partner", equalTo(config.getValue("quarkus.rest-client.partner.url", String.class).replaceAll("/+$", "")));
    }
}
