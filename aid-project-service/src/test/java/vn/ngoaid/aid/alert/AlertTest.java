package vn.ngoaid.aid.alert;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;
import vn.ngoaid.devtoken.DevTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaid.aid.Fixtures.assertProblem;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.decision;
import static vn.ngoaid.aid.Fixtures.location;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.rate;
import static vn.ngoaid.aid.Fixtures.registeredDonor;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * GET /api/v1/alerts on one registered INGO's three projects, with the registry played by a stub, every kind once:
 * P1 in two districts of 20 (ongoing since two years ago, ended last June, last disbursed 21 months ago; its registration's last valid
 * day is today, so it lapses tomorrow; its report of last year is missing), P2 in 22, 08 and 12 (approved; the
 * registration for 22 suspended back-dated, for 08 revoked, for 12 expired two years ago) and P3 in 01 (ongoing,
 * disbursing, its registration ending in 30 days).
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AlertTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int LAST_YEAR = TODAY.getYear() - 1;

    private UUID organization;
    private String p1;
    private String p2;
    private String p3;

    private static String registration(String province, LocalDate from, LocalDate until, String status, String... history) {
        return """
                {"id": "%s", "organizationId": "%%s", "kind": "OPERATION", "certificateNumber": "T-%s/CNV",
                 "validFrom": "%s", "validUntil": "%s", "provinces": ["%s"], "status": "%s", "history": [%s]}"""
                .formatted(UUID.randomUUID(), province, from, until, province, status, String.join(", ", history));
    }

    private static String change(String status, LocalDate on) {
        return "{\"status\": \"" + status + "\", \"reason\": \"Decision\", \"effectiveOn\": \"" + on + "\"}";
    }

    private String projectOf(String status, LocalDate approved, LocalDate start, LocalDate end, String... provinces) {
        Map<String, Object> body = with(project("VND"), "donor",
                registeredDonor(organization, "Watched Aid " + organization, "US", "INGO", approved, provinces));
        body = with(body, "locations", java.util.stream.IntStream.range(0, provinces.length)
                .mapToObj(i -> location(provinces[i], "District " + (i + 1), null)).toList());
        body = with(with(body, "approvalDecision", decision(approved.toString())), "status", status);
        return create(with(with(body, "startDate", start.toString()), "endDate", end.toString()));
    }

    @BeforeEach
    void projectsAndTheirRegistrations() {
        // money of recent years needs their rates, or every aggregate over all years would be a 422
        for (int year = LAST_YEAR - 1; year <= TODAY.getYear(); year++) {
            rate(year, "VND", "25000");
            rate(year, "EUR", "0.92");
            rate(year, "JPY", "150");
        }
        organization = UUID.randomUUID();
        LocalDate approved = LocalDate.of(LAST_YEAR - 1, 1, 10);
        // in two districts of 20: still one alert per kind there
        p1 = projectOf("ONGOING", approved, LocalDate.of(LAST_YEAR - 1, 1, 15), LocalDate.of(LAST_YEAR, 6, 30), "20", "20");
        money(p1, "COMMITMENT", LocalDate.of(LAST_YEAR - 1, 2, 1).toString(), "1000000000", null);
        money(p1, "DISBURSEMENT", LocalDate.of(LAST_YEAR - 1, 3, 1).toString(), "100000000", null);
        p2 = projectOf("APPROVED", approved, LocalDate.of(TODAY.getYear(), 1, 1), TODAY.plusYears(2), "22", "08", "12");
        p3 = projectOf("ONGOING", TODAY.minusDays(200), TODAY.minusDays(190), TODAY.plusYears(2), "01");
        money(p3, "COMMITMENT", TODAY.minusDays(160).toString(), "500000000", null);
        money(p3, "DISBURSEMENT", TODAY.minusDays(150).toString(), "100000000", null);

        LocalDate from = LocalDate.of(LAST_YEAR - 1, 1, 1);
        String[] registrations = {
                registration("20", from, TODAY, "ACTIVE", change("ACTIVE", from)),
                registration("22", from, TODAY.plusYears(2), "SUSPENDED", change("ACTIVE", from), change("SUSPENDED", TODAY.minusDays(90))),
                registration("08", from, TODAY.plusYears(2), "REVOKED", change("ACTIVE", from), change("REVOKED", TODAY.minusDays(200))),
                registration("12", LocalDate.of(LAST_YEAR - 4, 1, 1), LocalDate.of(LAST_YEAR - 2, 12, 31), "EXPIRED"),
                registration("01", from, TODAY.plusDays(30), "ACTIVE", change("ACTIVE", from))};
        for (int i = 0; i < registrations.length; i++) {
            registrations[i] = registrations[i].formatted(organization);
        }
        RegistryStub.registrations(organization, registrations);
        RegistryStub.reportStatistics(organization, """
                {"organization": "%s", "province": "20", "year": %d, "expected": 1, "onTime": 0, "late": 0, "missing": 1,
                 "pending": 0, "unexpected": 0, "dueOn": "%d-03-31"}""".formatted(organization, LAST_YEAR, LAST_YEAR + 1));
    }

    private List<Map<String, Object>> alerts(Object... params) {
        var request = given().accept("application/json").queryParam("organizationId", organization.toString()).queryParam("size", 200);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/v1/alerts").then().log().ifValidationFails().statusCode(200).extract().jsonPath().getList("items");
    }

    /** kind project province on, e.g. {@code PAST_END_DATE p1 20 2025-06-30}. */
    private Set<String> described(List<Map<String, Object>> alerts) {
        Map<String, String> names = Map.of(p1, "p1", p2, "p2", p3, "p3");
        return Set.copyOf(alerts.stream().map(a -> a.get("kind") + " " + names.get((String) a.get("projectId")) + " "
                + a.get("province") + " " + a.get("on")).toList());
    }

    @Test
    void everyKindWithItsDayEarliestFirst() {
        List<Map<String, Object>> alerts = alerts();
        assertEquals(Set.of(
                "REGISTRATION_LAPSED p2 12 " + LocalDate.of(LAST_YEAR - 1, 1, 1),
                "DISBURSEMENT_STALLED p1 20 " + LocalDate.of(LAST_YEAR - 1, 3, 1),
                "PAST_END_DATE p1 20 " + LocalDate.of(LAST_YEAR, 6, 30),
                "ANNUAL_REPORT_MISSING p1 20 " + LocalDate.of(LAST_YEAR + 1, 3, 31),
                "REGISTRATION_REVOKED p2 08 " + TODAY.minusDays(200),
                "REGISTRATION_SUSPENDED p2 22 " + TODAY.minusDays(90),
                "REGISTRATION_EXPIRING p1 20 " + TODAY,
                "REGISTRATION_EXPIRING p3 01 " + TODAY.plusDays(30)), described(alerts));
        assertEquals(8, alerts.size(), "one alert per project, province and kind");
        List<String> days = alerts.stream().map(a -> (String) a.get("on")).toList();
        assertEquals(days.stream().sorted().toList(), days);
        Map<String, Object> suspended = alerts.stream().filter(a -> a.get("kind").equals("REGISTRATION_SUSPENDED")).findFirst().orElseThrow();
        assertEquals(organization.toString(), suspended.get("organizationId"));
        assertTrue(((String) suspended.get("projectCode")).startsWith("T-"));
        assertTrue(((String) suspended.get("detail")).contains("suspended since " + TODAY.minusDays(90)), (String) suspended.get("detail"));
        assertTrue(suspended.get("registrationId") != null);
    }

    @Test
    void filtersByKindWindowAndProvince() {
        assertEquals(Set.of("PAST_END_DATE p1 20 " + LocalDate.of(LAST_YEAR, 6, 30)), described(alerts("kind", "PAST_END_DATE")));
        assertEquals(Set.of("REGISTRATION_SUSPENDED p2 22 " + TODAY.minusDays(90)), described(alerts("kind", "REGISTRATION_SUSPENDED")));
        assertEquals(Set.of("REGISTRATION_SUSPENDED p2 22 " + TODAY.minusDays(90)), described(alerts("province", "22")));
        // a registration ending in 30 days is no alert when asked 10 days ahead; one ending today still is
        assertEquals(Set.of("REGISTRATION_EXPIRING p1 20 " + TODAY), described(alerts("kind", "REGISTRATION_EXPIRING", "withinDays", 10)));
    }

    @Test
    void pagedAndAsCsv() {
        given().accept("application/json").queryParam("organizationId", organization.toString()).queryParam("size", 3)
                .get("/api/v1/alerts").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.is(3))
                .body("totalItems", org.hamcrest.Matchers.is(8))
                .body("totalPages", org.hamcrest.Matchers.is(3));
        String csv = given().accept("text/csv").queryParam("organizationId", organization.toString())
                .get("/api/v1/alerts").then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r?\n");
        assertEquals("kind,projectId,projectCode,organizationId,province,registrationId,on,detail", lines[0]);
        assertEquals(9, lines.length);
    }

    @Test
    void aProvinceOfficerSeesTheirProvince() {
        String officer = "Bearer " + DevTokens.issue("officer-" + UUID.randomUUID(), List.of("province-officer"), "08",
                Duration.ofMinutes(10));
        List<String> provinces = given().header("Authorization", officer).queryParam("organizationId", organization.toString())
                .get("/api/v1/alerts").then().statusCode(200).extract().jsonPath().getList("items.province");
        assertEquals(List.of("08"), provinces);
        assertProblem(given().header("Authorization", officer).queryParam("province", "20").get("/api/v1/alerts").then(), 403);
    }

    @Test
    void aRegistryThatCannotAnswerIs503WhileItsAnswerIsNeeded() {
        UUID silent = UUID.randomUUID();
        organization = silent;
        projectOf("ONGOING", TODAY.minusYears(3), TODAY.minusYears(3), TODAY.minusDays(1), "20");
        RegistryStub.registrationsDown(silent);
        assertProblem(given().queryParam("organizationId", silent.toString()).get("/api/v1/alerts").then(), 503)
                .body("detail", containsString("registrations"));
        // what this service knows alone is still answered
        assertEquals(1, alerts("kind", "PAST_END_DATE").size());
        assertProblem(given().queryParam("withinDays", -1).get("/api/v1/alerts").then(), 400);
        assertProblem(given().queryParam("kind", "SOON").get("/api/v1/alerts").then(), 400);
    }
}
