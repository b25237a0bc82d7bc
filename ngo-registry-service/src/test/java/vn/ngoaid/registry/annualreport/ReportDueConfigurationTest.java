package vn.ngoaid.registry.annualreport;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.ngoaid.registry.Fixtures.annualReport;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.postAnnualReport;
import static vn.ngoaid.registry.Fixtures.reportLine;

/** The due day is configuration: with 06-30, a report of 2020 submitted on 2021-04-15 is on time. */
@QuarkusTest
@TestProfile(ReportDueConfigurationTest.DueEndOfJune.class)
class ReportDueConfigurationTest {

    public static class DueEndOfJune implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ngo-registry.annual-report.due", "06-30");
        }
    }

    @Test
    void theConfiguredDayDecidesTimeliness() {
        String org = createOrganization();
        String id = postAnnualReport(org, annualReport(2020, LocalDate.of(2021, 4, 15), reportLine("20", "1", "0", "USD", 1)))
                .statusCode(201).body("dueOn", equalTo("2021-06-30")).body("timeliness", equalTo("ON_TIME"))
                .extract().path("id");
        given().accept(ContentType.JSON).queryParam("organizationId", org).queryParam("timeliness", "ON_TIME")
                .get("/api/v1/annual-reports").then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }
}
