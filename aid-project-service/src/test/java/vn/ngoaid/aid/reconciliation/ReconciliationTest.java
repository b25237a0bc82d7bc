package vn.ngoaid.aid.reconciliation;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;
import vn.ngoaid.devtoken.DevTokens;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ngoaid.aid.Fixtures.EXACT;
import static vn.ngoaid.aid.Fixtures.assertProblem;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.decision;
import static vn.ngoaid.aid.Fixtures.location;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.registeredDonor;
import static vn.ngoaid.aid.Fixtures.standardRates;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * GET /api/v1/reconciliation against figures worked out by hand, in US dollars and in dong, with the standard rates
 * (VND 23,000 in 2019 and 23,500 in 2020; EUR 0.9 and 0.875).
 *
 * <p>The organization's project lies 60 % in Lạng Sơn (20) and 40 % in Quảng Ninh (22): EUR 1,000 committed in 2019
 * (USD 1,111.11), VND 2,350,000,000 committed (USD 100,000) and VND 1,175,000,000 disbursed (USD 50,000) in 2020. Its
 * report of 2020 says for 20 USD 60,000 and 30,200 (0.66 % off: matched at 1 %), for 22 VND 940,000,000 (USD 40,000)
 * and EUR 14,000 (USD 16,000, not the recorded 20,000), USD 5,000 committed in 08, where nothing is recorded, and
 * nothing in Hà Nội (01), where nothing is recorded either; there is no report of 2019.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ReconciliationTest {

    private UUID organization;

    private static String report(UUID organization, int year, String lines) {
        return """
                {"id": "%s", "organizationId": "%s", "organizationName": "Reconciled Aid", "year": %d,
                 "submittedOn": "%d-03-01", "dueOn": "%d-03-31", "timeliness": "ON_TIME", "provinces": [%s], "note": null}"""
                .formatted(UUID.randomUUID(), organization, year, year + 1, year + 1, lines);
    }

    private static String line(String province, String committed, String committedCurrency, String disbursed,
                               String disbursedCurrency, int projects) {
        return """
                {"province": "%s", "committed": {"amount": %s, "currency": "%s"}, "disbursed": {"amount": %s, "currency": "%s"}, "projects": %d}"""
                .formatted(province, committed, committedCurrency, disbursed, disbursedCurrency, projects);
    }

    @BeforeEach
    void recordAndReport() {
        standardRates();
        organization = UUID.randomUUID();
        LocalDate approved = LocalDate.of(2019, 3, 1);
        Map<String, Object> body = with(project("VND"), "donor",
                registeredDonor(organization, "Reconciled Aid " + organization, "DE", "INGO", approved, "20", "22"));
        body = with(body, "locations", List.of(location("20", null, 60), location("22", null, 40)));
        body = with(with(body, "approvalDecision", decision(approved.toString())), "status", "ONGOING");
        body = with(with(body, "startDate", "2019-03-01"), "endDate", "2021-12-31");
        String project = create(body);
        money(project, "COMMITMENT", "2019-06-01", "1000", "EUR");
        money(project, "COMMITMENT", "2020-02-01", "2350000000", "VND");
        money(project, "DISBURSEMENT", "2020-05-01", "1175000000", "VND");
        String of2020 = report(organization, 2020, String.join(", ",
                line("20", "60000", "USD", "30200", "USD", 1),
                line("22", "940000000", "VND", "14000", "EUR", 1),
                line("08", "5000", "USD", "0", "USD", 1),
                line("01", "0", "USD", "0", "USD", 0)));
        RegistryStub.annualReports(organization, null, of2020);
        RegistryStub.annualReports(organization, 2020, of2020);
    }

    private JsonPath reconcile(Object... params) {
        var request = given().config(EXACT).accept("application/json").queryParam("organizationId", organization.toString());
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/v1/reconciliation").then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    /** year/province status recorded(committed disbursed projects) reported(…) variance(committed disbursed), as text. */
    private static List<String> rows(JsonPath answer) {
        List<Map<String, Object>> rows = answer.getList("rows");
        return rows.stream().map(row -> row.get("year") + "/" + row.get("province") + " " + row.get("status")
                + " " + figures(row.get("recorded")) + " " + figures(row.get("reported")) + " " + figures(row.get("variance"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static String figures(Object figures) {
        if (figures == null) {
            return "-";
        }
        Map<String, Object> map = (Map<String, Object>) figures;
        return new BigDecimal(String.valueOf(map.get("committed"))).toPlainString() + "|"
                + new BigDecimal(String.valueOf(map.get("disbursed"))).toPlainString()
                + (map.containsKey("projects") ? "|" + map.get("projects") : "");
    }

    @Test
    void inDollarsEachStatusWithItsVariance() {
        JsonPath answer = reconcile();
        assertEquals(List.of(
                "2019/20 NOT_REPORTED 666.67|0.00|1 - -",
                "2019/22 NOT_REPORTED 444.44|0.00|1 - -",
                "2020/01 MATCHED 0|0|0 0.00|0.00|0 0.00|0.00",
                "2020/08 NOT_RECORDED 0|0|0 5000.00|0.00|1 5000.00|0.00",
                "2020/20 MATCHED 60000.00|30000.00|1 60000.00|30200.00|1 0.00|200.00",
                "2020/22 DIFFERS 40000.00|20000.00|1 40000.00|16000.00|1 0.00|-4000.00"), rows(answer));
        assertEquals("Reconciled Aid " + organization, answer.getString("rows[0].donorName"));
        // the rows add up to the totals
        assertEquals("101111.11|50000.00|4", figures(answer.get("totals.recorded")));
        assertEquals("105000.00|46200.00|3", figures(answer.get("totals.reported")));
        assertEquals("5000.00|-3800.00", figures(answer.get("totals.variance")));
        assertEquals(Map.of("MATCHED", 2, "DIFFERS", 1, "NOT_REPORTED", 2, "NOT_RECORDED", 1), answer.getMap("totals.statuses"));
        assertEquals("USD", answer.getString("currency"));
        List<String> rates = answer.getList("ratesUsed", Map.class).stream().map(r -> r.get("year") + " " + r.get("currency")).toList();
        assertEquals(List.of("2019 EUR", "2020 EUR", "2020 VND"), rates);
    }

    @Test
    void inDongWithTheRatesOfEachYear() {
        assertEquals(List.of(
                "2019/20 NOT_REPORTED 15333333|0|1 - -",
                "2019/22 NOT_REPORTED 10222222|0|1 - -",
                "2020/01 MATCHED 0|0|0 0|0|0 0|0",
                "2020/08 NOT_RECORDED 0|0|0 117500000|0|1 117500000|0",
                "2020/20 MATCHED 1410000000|705000000|1 1410000000|709700000|1 0|4700000",
                "2020/22 DIFFERS 940000000|470000000|1 940000000|376000000|1 0|-94000000"), rows(reconcile("currency", "VND")));
    }

    @Test
    void theToleranceTheYearTheProvinceAndTheStatusNarrowTheRows() {
        // 200 of 30,200 is 0.66 %: beyond a tolerance of 0.5 %
        assertEquals("DIFFERS", reconcile("year", 2020, "province", "20", "tolerance", "0.005").getString("rows[0].status"));
        assertEquals(4, reconcile("year", 2020).getList("rows").size());
        assertEquals(List.of("2019/22 NOT_REPORTED 444.44|0.00|1 - -",
                "2020/22 DIFFERS 40000.00|20000.00|1 40000.00|16000.00|1 0.00|-4000.00"), rows(reconcile("province", "22")));
        JsonPath differs = reconcile("status", "DIFFERS");
        assertEquals(1, differs.getList("rows").size());
        assertEquals("40000.00|20000.00|1", figures(differs.get("totals.recorded")));
        assertEquals(Map.of("MATCHED", 0, "DIFFERS", 1, "NOT_REPORTED", 0, "NOT_RECORDED", 0), differs.getMap("totals.statuses"));
    }

    @Test
    void asCsvALinePerRow() {
        String csv = given().accept("text/csv").queryParam("organizationId", organization.toString()).queryParam("year", 2020)
                .get("/api/v1/reconciliation").then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r?\n");
        assertEquals("organizationId,donorName,province,year,recordedCommitted,recordedDisbursed,recordedProjects,"
                + "reportedReportId,reportedCommitted,reportedDisbursed,reportedProjects,varianceCommitted,varianceDisbursed,status", lines[0]);
        assertEquals(5, lines.length);
    }

    @Test
    void aRegistryThatCannotAnswerIs503NotAnEmptyList() {
        UUID silent = UUID.randomUUID();
        RegistryStub.annualReportsDown(silent);
        assertProblem(given().queryParam("organizationId", silent.toString()).get("/api/v1/reconciliation").then(), 503)
                .body("detail", containsString("annual reports"));
    }

    @Test
    void aReportInACurrencyWithoutARateIs422NamingIt() {
        UUID other = UUID.randomUUID();
        RegistryStub.annualReports(other, 2016, report(other, 2016, line("20", "1000", "KRW", "0", "USD", 1)));
        assertProblem(given().queryParam("organizationId", other.toString()).queryParam("year", 2016)
                .get("/api/v1/reconciliation").then(), 422).body("detail", containsString("KRW in 2016"));
    }

    @Test
    void aProvinceOfficerSeesTheirProvince() {
        String officer = "Bearer " + DevTokens.issue("officer-" + UUID.randomUUID(), List.of("province-officer"), "22",
                Duration.ofMinutes(10));
        List<Object> provinces = given().header("Authorization", officer).queryParam("organizationId", organization.toString())
                .get("/api/v1/reconciliation").then().statusCode(200).extract().jsonPath().getList("rows.province");
        assertEquals(List.of("22", "22"), provinces);
        assertProblem(given().header("Authorization", officer).queryParam("province", "20")
                .get("/api/v1/reconciliation").then(), 403);
        assertProblem(given().header("Authorization", "").get("/api/v1/reconciliation").then(), 401);
        assertProblem(given().queryParam("tolerance", "1.5").get("/api/v1/reconciliation").then(), 400);
    }
}
