package vn.ngoaid.registry.statistics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.ngoaid.common.testing.StatisticsRows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ngoaid.registry.Fixtures.annualReport;
import static vn.ngoaid.registry.Fixtures.assertInvalid;
import static vn.ngoaid.registry.Fixtures.changeStatus;
import static vn.ngoaid.registry.Fixtures.createAnnualReport;
import static vn.ngoaid.registry.Fixtures.createOperation;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.createRegistration;
import static vn.ngoaid.registry.Fixtures.registration;
import static vn.ngoaid.registry.Fixtures.reportLine;
import static vn.ngoaid.registry.Fixtures.today;

/**
 * GET /api/v1/statistics/annual-reports: expected reports (organization × province × year with an OPERATION registration
 * ACTIVE at some time in the year) and how they came, against counts worked out by hand.
 *
 * <p>Isolation: this class alone uses Sóc Trăng (94) and Cần Thơ (92), and compares the counts after its inserts with
 * a baseline read just before them.
 */
@QuarkusTest
class AnnualReportStatisticsTest {

    private static final String PROVINCE = "94";
    private static final List<String> FIGURES = List.of("expected", "onTime", "late", "missing", "pending", "unexpected");

    private static JsonPath stats(Object... params) {
        return StatisticsRows.get("/api/v1/statistics/annual-reports", params);
    }

    /** The figures of the row with these dimension values, zeros when there is none. */
    private static List<Long> row(JsonPath answer, Object... dimensions) {
        return StatisticsRows.only(answer, dimensions).map(AnnualReportStatisticsTest::figures)
                .orElse(List.of(0L, 0L, 0L, 0L, 0L, 0L));
    }

    private static List<Long> figures(Map<String, Object> row) {
        return FIGURES.stream().map(f -> ((Number) row.get(f)).longValue()).toList();
    }

    private static List<Long> minus(List<Long> after, List<Long> before) {
        return java.util.stream.IntStream.range(0, FIGURES.size()).mapToObj(i -> after.get(i) - before.get(i)).toList();
    }

    /**
     * In 94: A holds an operation registration 2018..2020 and reports 2018 on its due day, 2019 a day late, 2020 never;
     * B one from 2019-06-01 suspended from 2019-07-01 (expected in 2019 only), reports 2019 on time and 2020 unasked;
     * C only a project office 2019..2020 (expected nowhere), reports nothing; D has no registration and reports 2020.
     */
    @Test
    void expectedReportsAndHowTheyCameAddUp() {
        JsonPath before = stats("groupBy", "province,year", "province", PROVINCE);
        JsonPath totalsBefore = stats("province", PROVINCE);

        String a = createOrganization();
        createOperation(a, LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31), PROVINCE);
        createAnnualReport(a, annualReport(2018, LocalDate.of(2019, 3, 31), reportLine(PROVINCE, "10", "5", "USD", 1)));
        createAnnualReport(a, annualReport(2019, LocalDate.of(2020, 4, 1), reportLine(PROVINCE, "10", "5", "USD", 1)));

        String b = createOrganization();
        String suspended = createOperation(b, LocalDate.of(2019, 6, 1), LocalDate.of(2021, 5, 31), PROVINCE);
        changeStatus(suspended, "SUSPENDED", LocalDate.of(2019, 7, 1));
        createAnnualReport(b, annualReport(2019, LocalDate.of(2020, 1, 15), reportLine(PROVINCE, "3", "3", "EUR", 1)));
        createAnnualReport(b, annualReport(2020, LocalDate.of(2021, 1, 15), reportLine(PROVINCE, "3", "3", "EUR", 1)));

        String c = createOrganization();
        createRegistration(c, registration("PROJECT_OFFICE", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), PROVINCE));

        String d = createOrganization();
        createAnnualReport(d, annualReport(2020, LocalDate.of(2021, 6, 1), reportLine(PROVINCE, "1", "0", "USD", 1)));

        JsonPath after = stats("groupBy", "province,year", "province", PROVINCE);
        //                                                 expected onTime late missing pending unexpected
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L, 0L), minus(row(after, "province", PROVINCE, "year", 2018),
                row(before, "province", PROVINCE, "year", 2018)), "2018: A on time");
        assertEquals(List.of(2L, 1L, 1L, 0L, 0L, 0L), minus(row(after, "province", PROVINCE, "year", 2019),
                row(before, "province", PROVINCE, "year", 2019)), "2019: B on time, A late");
        assertEquals(List.of(1L, 0L, 0L, 1L, 0L, 2L), minus(row(after, "province", PROVINCE, "year", 2020),
                row(before, "province", PROVINCE, "year", 2020)), "2020: A missing; B and D unexpected");
        assertEquals(List.of(4L, 2L, 1L, 1L, 0L, 2L), minus(figures(stats("province", PROVINCE).getMap("totals")),
                figures(totalsBefore.getMap("totals"))));
        assertRowsAddUpToTotals(after);
        assertEquals("2021-03-31", StatisticsRows.only(after, "province", PROVINCE, "year", 2020).orElseThrow().get("dueOn"));
        // by organization: A's three years, one of each kind
        JsonPath ofA = stats("groupBy", "organization,year", "organizationId", a);
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L, 0L), row(ofA, "organization", a, "year", 2018));
        assertEquals(List.of(1L, 0L, 1L, 0L, 0L, 0L), row(ofA, "organization", a, "year", 2019));
        assertEquals(List.of(1L, 0L, 0L, 1L, 0L, 0L), row(ofA, "organization", a, "year", 2020));
        assertRowsAddUpToTotals(stats("groupBy", "year", "fromYear", 2015, "toYear", 2021));
        after.getList("rows.province").forEach(p -> assertEquals(PROVINCE, p));
    }

    @Test
    void theCurrentYearsReportIsPendingAndLaterYearsExpectNothing() {
        int year = today().getYear();
        String province = "92";
        JsonPath before = stats("groupBy", "year", "province", province);
        String e = createOrganization();
        createOperation(e, LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 12, 31), province);
        JsonPath after = stats("groupBy", "year", "province", province);
        assertEquals(List.of(1L, 0L, 0L, 0L, 1L, 0L), minus(row(after, "year", year), row(before, "year", year)));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L), minus(row(after, "year", year + 1), row(before, "year", year + 1)));
    }

    @Test
    void badParametersAre400AndCsvHasTheFigures() {
        assertInvalid(given().queryParam("groupBy", "sector").get("/api/v1/statistics/annual-reports").then(), "groupBy");
        assertInvalid(given().queryParam("fromYear", 2021).queryParam("toYear", 2020).get("/api/v1/statistics/annual-reports").then(), "toYear");
        assertInvalid(given().queryParam("year", 1700).get("/api/v1/statistics/annual-reports").then(), "year");
        String csv = given().accept("text/csv").queryParam("groupBy", "province,year").queryParam("province", PROVINCE)
                .get("/api/v1/statistics/annual-reports").then().statusCode(200).extract().asString();
        assertEquals("province,year,expected,onTime,late,missing,pending,unexpected,dueOn", csv.split("\r?\n")[0]);
    }

    private static void assertRowsAddUpToTotals(JsonPath answer) {
        List<Map<String, Object>> rows = answer.getList("rows");
        for (String figure : FIGURES) {
            long sum = rows.stream().mapToLong(r -> ((Number) r.get(figure)).longValue()).sum();
            assertEquals(((Number) answer.getMap("totals").get(figure)).longValue(), sum, figure);
        }
        Map<String, Object> totals = answer.getMap("totals");
        long expected = ((Number) totals.get("expected")).longValue();
        long parts = FIGURES.subList(1, 5).stream().mapToLong(f -> ((Number) totals.get(f)).longValue()).sum();
        assertEquals(expected, parts, "expected = onTime + late + missing + pending");
    }
}
