package vn.ngoaid.registry.annualreport;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ngoaid.registry.Fixtures.annualReport;
import static vn.ngoaid.registry.Fixtures.api;
import static vn.ngoaid.registry.Fixtures.assertInvalid;
import static vn.ngoaid.registry.Fixtures.assertProblem;
import static vn.ngoaid.registry.Fixtures.assertRuleBroken;
import static vn.ngoaid.registry.Fixtures.createAnnualReport;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.json;
import static vn.ngoaid.registry.Fixtures.postAnnualReport;
import static vn.ngoaid.registry.Fixtures.reportLine;
import static vn.ngoaid.registry.Fixtures.today;
import static vn.ngoaid.registry.Fixtures.token;

/** Annual reports: one per organization and year, due on the configured day of the next year, amended under If-Match. */
@QuarkusTest
class AnnualReportTest {

    private static ValidatableResponse get(String id) {
        return given().accept(ContentType.JSON).get("/api/v1/annual-reports/{id}", id).then();
    }

    private static ValidatableResponse put(String id, String ifMatch, Object body) {
        var request = api().body(body instanceof String text ? text : json(body));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/annual-reports/{id}", id).then();
    }

    @Test
    void aReportIsRecordedUnderItsOrganizationAndAnsweredWithItsDueDay() {
        String org = createOrganization();
        var body = annualReport(2020, LocalDate.of(2021, 3, 15),
                reportLine("20", "120000.00", "95000", "EUR", 2), reportLine("22", "1500000000", "0", "VND", 1));
        String location = postAnnualReport(org, body).statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("organizationId", equalTo(org))
                .body("organizationName", startsWith("Test INGO"))
                .body("year", equalTo(2020))
                .body("submittedOn", equalTo("2021-03-15"))
                .body("dueOn", equalTo("2021-03-31"))
                .body("timeliness", equalTo("ON_TIME"))
                .body("provinces[0].province", equalTo("20"))
                .body("provinces[0].committed.currency", equalTo("EUR"))
                .body("provinces[1].disbursed.amount", equalTo(0))
                .body("provinces[1].projects", equalTo(1))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertEquals(true, location.endsWith("/api/v1/annual-reports/" + id), location);

        // amounts are exact: 120000.00 comes back as the number 120000, never through a double
        String text = get(id).statusCode(200).header("ETag", equalTo("\"0\"")).extract().asString();
        assertEquals(true, text.contains("\"committed\":{\"amount\":120000,\"currency\":\"EUR\"}"), text);
        assertEquals(true, text.contains("\"committed\":{\"amount\":1500000000,\"currency\":\"VND\"}"), text);
        given().accept(ContentType.JSON).get("/api/v1/organizations/{id}/annual-reports", org).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void aSecondReportOfTheSameYearIsAConflict() {
        String org = createOrganization();
        createAnnualReport(org, annualReport(2019, LocalDate.of(2020, 2, 1), reportLine("20", "10", "5", "USD", 1)));
        assertProblem(postAnnualReport(org, annualReport(2019, LocalDate.of(2020, 5, 1), reportLine("22", "1", "1", "USD", 1))), 409)
                .body("detail", containsString("2019"));
        createAnnualReport(org, annualReport(2020, LocalDate.of(2021, 2, 1), reportLine("20", "10", "5", "USD", 1)));
        createAnnualReport(createOrganization(), annualReport(2019, LocalDate.of(2020, 2, 1), reportLine("20", "10", "5", "USD", 1)));
    }

    @Test
    void anUnknownOrganizationIs404() {
        String unknown = UUID.randomUUID().toString();
        assertProblem(postAnnualReport(unknown, annualReport(2020, LocalDate.of(2021, 1, 5))), 404);
        assertProblem(given().accept(ContentType.JSON).get("/api/v1/organizations/{id}/annual-reports", unknown).then(), 404);
        assertProblem(get(UUID.randomUUID().toString()), 404);
    }

    @Test
    void badFiguresAre400AndNothingIsStored() {
        String org = createOrganization();
        assertInvalid(postAnnualReport(org, annualReport(2020, LocalDate.of(2021, 1, 5),
                reportLine("20", "1", "1", "USD", 1), reportLine("20", "2", "2", "USD", 1))), "provinces[1].province");
        assertInvalid(postAnnualReport(org, annualReport(2020, LocalDate.of(2021, 1, 5),
                reportLine("20", "-1", "0", "USD", 1))), "provinces[0].committed.amount");
        assertInvalid(postAnnualReport(org, annualReport(2020, LocalDate.of(2021, 1, 5),
                reportLine("20", "1", "0", "XYZ", 1))), "provinces[0].committed.currency");
        assertInvalid(postAnnualReport(org, annualReport(2020, LocalDate.of(2021, 1, 5),
                reportLine("00", "1", "0", "USD", 1))), "provinces[0].province");
        assertInvalid(postAnnualReport(org, annualReport(2020, LocalDate.of(2021, 1, 5),
                reportLine("20", "1", "0", "USD", -2))), "provinces[0].projects");
        var noProvinces = annualReport(2020, LocalDate.of(2021, 1, 5));
        noProvinces.remove("provinces");
        assertInvalid(postAnnualReport(org, noProvinces), "provinces");
        // strict JSON: a year as text and an amount as text are refused, not converted
        assertProblem(api().body("{\"year\": \"2020\", \"submittedOn\": \"2021-01-05\", \"provinces\": []}")
                .post("/api/v1/organizations/{id}/annual-reports", org).then(), 400);
        assertProblem(api().body("{\"year\": 2020, \"submittedOn\": \"2021-01-05\", \"provinces\": [{\"province\": \"20\", "
                + "\"committed\": {\"amount\": \"5\", \"currency\": \"USD\"}, \"disbursed\": {\"amount\": 1, \"currency\": \"USD\"}, "
                + "\"projects\": 1}]}").post("/api/v1/organizations/{id}/annual-reports", org).then(), 400);
        given().accept(ContentType.JSON).get("/api/v1/organizations/{id}/annual-reports", org).then().body("totalItems", equalTo(0));
    }

    @Test
    void datesAndProvincesMustFitTheYear() {
        String org = createOrganization();
        assertRuleBroken(postAnnualReport(org, annualReport(2020, LocalDate.of(2019, 12, 31), reportLine("20", "1", "0", "USD", 1))))
                .body("detail", containsString("before the year began"));
        assertRuleBroken(postAnnualReport(org, annualReport(today().getYear(), today().plusDays(1))))
                .body("detail", containsString("future"));
        // 94 Sóc Trăng was merged into 92 Cần Thơ on 2025-07-01: a report of 2026 names the unit of 2026
        assertRuleBroken(postAnnualReport(org, annualReport(2026, LocalDate.of(2026, 6, 1), reportLine("94", "1", "0", "USD", 1))))
                .body("detail", containsString("94"));
        createAnnualReport(org, annualReport(2025, LocalDate.of(2026, 1, 10), reportLine("94", "1", "0", "USD", 1)));
        createAnnualReport(org, annualReport(2026, LocalDate.of(2026, 6, 1), reportLine("92", "1", "0", "USD", 1)));
    }

    @Test
    void aReportIsLateTheDayAfterItsDueDay() {
        String org = createOrganization();
        String onTime = createAnnualReport(org, annualReport(2018, LocalDate.of(2019, 3, 31), reportLine("20", "1", "0", "USD", 1)));
        String late = createAnnualReport(org, annualReport(2019, LocalDate.of(2020, 4, 1), reportLine("22", "1", "0", "USD", 1)));
        get(onTime).body("timeliness", equalTo("ON_TIME")).body("dueOn", equalTo("2019-03-31"));
        get(late).body("timeliness", equalTo("LATE")).body("dueOn", equalTo("2020-03-31"));

        given().accept(ContentType.JSON).queryParam("organizationId", org).queryParam("timeliness", "LATE")
                .get("/api/v1/annual-reports").then().statusCode(200)
                .body("items.id", equalTo(List.of(late)));
        given().accept(ContentType.JSON).queryParam("organizationId", org).queryParam("timeliness", "ON_TIME")
                .get("/api/v1/annual-reports").then().statusCode(200)
                .body("items.id", equalTo(List.of(onTime)));
    }

    @Test
    void theListFiltersByYearProvinceAndOrganization() {
        String org = createOrganization();
        String a = createAnnualReport(org, annualReport(2016, LocalDate.of(2017, 1, 9), reportLine("20", "1", "0", "USD", 1),
                reportLine("08", "1", "0", "USD", 1)));
        String b = createAnnualReport(org, annualReport(2017, LocalDate.of(2018, 1, 9), reportLine("22", "1", "0", "USD", 1)));
        given().accept(ContentType.JSON).queryParam("organizationId", org).get("/api/v1/annual-reports").then()
                .body("items.id", equalTo(List.of(b, a)));
        given().accept(ContentType.JSON).queryParam("organizationId", org).queryParam("province", "08")
                .get("/api/v1/annual-reports").then().body("items.id", equalTo(List.of(a)));
        given().accept(ContentType.JSON).queryParam("organizationId", org).queryParam("year", 2017)
                .get("/api/v1/annual-reports").then().body("items.id", equalTo(List.of(b)));
        given().accept(ContentType.JSON).queryParam("organizationId", org).queryParam("sort", "year,asc")
                .get("/api/v1/annual-reports").then().body("items.id", equalTo(List.of(a, b)));
        assertInvalid(given().accept(ContentType.JSON).queryParam("province", "00").get("/api/v1/annual-reports").then(), "province");
        assertProblem(given().accept(ContentType.JSON).queryParam("timeliness", "SOON").get("/api/v1/annual-reports").then(), 400);

        String csv = given().accept("text/csv").queryParam("organizationId", org).queryParam("sort", "year,asc")
                .get("/api/v1/annual-reports").then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r?\n");
        assertEquals(true, lines[0].startsWith("id,organizationId,organizationName,year,submittedOn,dueOn,timeliness,note,provinces,createdAt"), lines[0]);
        assertEquals(true, lines[1].contains("20:1 USD/0 USD/1|08:1 USD/0 USD/1"), lines[1]);
        assertEquals(3, lines.length);
    }

    @Test
    void anAmendmentNeedsIfMatchKeepsItsHistoryAndAGetGoesBackUnchanged() {
        String org = createOrganization();
        String id = createAnnualReport(org, annualReport(2021, LocalDate.of(2022, 2, 1),
                reportLine("20", "100", "50", "USD", 1), reportLine("22", "7", "7", "USD", 1)));
        String answered = get(id).extract().asString();

        assertProblem(put(id, null, answered), 428);
        assertProblem(put(id, "\"7\"", answered), 412);
        // what a GET answered goes back as it is: 200 and the same version
        put(id, "\"0\"", answered).statusCode(200).header("ETag", equalTo("\"0\""));

        var amended = annualReport(2021, LocalDate.of(2022, 4, 20), reportLine("22", "7", "7", "USD", 1),
                reportLine("20", "120", "60", "USD", 2));
        put(id, "\"0\"", amended).statusCode(200)
                .header("ETag", not(equalTo("\"0\"")))
                .body("timeliness", equalTo("LATE"))
                .body("provinces.province", equalTo(List.of("22", "20")))
                .body("provinces[1].committed.amount", equalTo(120));
        assertProblem(put(id, "\"0\"", amended), 412);

        given().queryParam("entityId", id).queryParam("sort", "recordedAt,asc").get("/api/v1/audit").then().statusCode(200)
                .body("items.entityType", equalTo(List.of("annual-report", "annual-report", "annual-report")))
                .body("items.operation", equalTo(List.of("CREATE", "UPDATE", "UPDATE")))
                .body("items[0].change.provinces[0].committed.amount", equalTo(100))
                .body("items[1].change.submittedOn", equalTo("2022-02-01"))
                .body("items[2].change.submittedOn", equalTo("2022-04-20"));

        // moving it onto a year the organization already reported is the same conflict as a second POST
        createAnnualReport(org, annualReport(2020, LocalDate.of(2021, 2, 1)));
        String etag = get(id).extract().header("ETag");
        assertProblem(put(id, etag, annualReport(2020, LocalDate.of(2021, 2, 1))), 409);
    }

    @Test
    void aRetryWithTheSameKeyCreatesNothingNew() {
        String org = createOrganization();
        var body = annualReport(2015, LocalDate.of(2016, 1, 20), reportLine("20", "1", "0", "USD", 1));
        String key = "report-" + token();
        String first = api().header("Idempotency-Key", key).body(json(body)).post("/api/v1/organizations/{id}/annual-reports", org)
                .then().statusCode(201).extract().path("id");
        api().header("Idempotency-Key", key).body(json(body)).post("/api/v1/organizations/{id}/annual-reports", org)
                .then().statusCode(201).body("id", equalTo(first)).header("Location", endsWith(first));
    }
}
