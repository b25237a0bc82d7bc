package vn.ngoaid.registry.statistics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ngoaid.common.testing.StatisticsRows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ngoaid.registry.Fixtures.assertInvalid;
import static vn.ngoaid.registry.Fixtures.changeStatus;
import static vn.ngoaid.registry.Fixtures.createOperation;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.createRegistration;
import static vn.ngoaid.registry.Fixtures.registration;

/**
 * GET /api/v1/statistics/registrations: distinct organizations with a registration ACTIVE at some time in each group.
 *
 * <p>Isolation: this class alone uses Hậu Giang (93) with organizations from Tuvalu (TV) and Nauru (NR), and every
 * test compares the counts after its inserts with a baseline read just before them, so data of earlier runs (or of
 * anyone else) does not change what it asserts.
 */
@QuarkusTest
class RegistrationStatisticsTest {

    private static final String PROVINCE = "93";
    private static final String COUNTRY = "TV";
    private static final String OTHER_COUNTRY = "NR";

    private static JsonPath stats(Object... params) {
        return StatisticsRows.get("/api/v1/statistics/registrations", params);
    }

    /** The organizations of the row whose dimension values are all those given; 0 when there is no such row. */
    private static long row(JsonPath answer, Object... dimensions) {
        return StatisticsRows.only(answer, dimensions).map(r -> ((Number) r.get("organizations")).longValue()).orElse(0L);
    }

    private static long total(JsonPath answer) {
        return ((Number) answer.get("totals.organizations")).longValue();
    }

    /** year → organizations, for province 93 and the given country. */
    private static Map<Integer, Long> byYear(JsonPath answer) {
        Map<Integer, Long> counts = new HashMap<>();
        for (int year = 2015; year <= 2024; year++) {
            counts.put(year, row(answer, "province", PROVINCE, "year", year));
        }
        return counts;
    }

    private static void assertDelta(Map<Integer, Long> before, Map<Integer, Long> after, Map<Integer, Integer> expected) {
        for (int year = 2015; year <= 2024; year++) {
            long delta = after.get(year) - before.get(year);
            assertEquals(expected.getOrDefault(year, 0).longValue(), delta, "organizations added in " + year);
        }
    }

    /**
     * Four organizations from the given country in province 93:
     * A two overlapping registrations 2019-01-01..2020-06-30 and 2019-05-01..2021-12-31 (counts once a year);
     * B 2018..2022 revoked from 2019-06-15 (counts in 2018 and 2019 only);
     * C 2018..2022 suspended 2018-12-01 to 2020-01-31 (not in 2019);
     * D a REPRESENTATIVE_OFFICE 2020-01-01..2021-12-31.
     */
    private static void createScenario(String country) {
        String a = createOrganization(country, "INGO");
        createOperation(a, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 6, 30), PROVINCE);
        createOperation(a, LocalDate.of(2019, 5, 1), LocalDate.of(2021, 12, 31), PROVINCE, "20");

        String b = createOrganization(country, "INGO");
        String revoked = createOperation(b, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31), PROVINCE);
        changeStatus(revoked, "REVOKED", LocalDate.of(2019, 6, 15));

        String c = createOrganization(country, "FOUNDATION");
        String suspended = createOperation(c, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31), PROVINCE);
        changeStatus(suspended, "SUSPENDED", LocalDate.of(2018, 12, 1));
        changeStatus(suspended, "ACTIVE", LocalDate.of(2020, 2, 1));

        String d = createOrganization(country, "INGO");
        createRegistration(d, registration("REPRESENTATIVE_OFFICE", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), PROVINCE));
    }

    @Test
    void countsDistinctOrganizationsActiveAtAnyTimeInEachYear() {
        JsonPath before = stats("groupBy", "province,year", "province", PROVINCE, "countryCode", COUNTRY);
        createScenario(COUNTRY);
        JsonPath after = stats("groupBy", "province,year", "province", PROVINCE, "countryCode", COUNTRY);

        assertEquals(List.of("province", "year"), after.getList("groupBy"));
        assertDelta(byYear(before), byYear(after), Map.of(
                2018, 2,   // B, C
                2019, 2,   // A (once, though it has two registrations), B (revoked mid-year); not C (suspended all year)
                2020, 3,   // A, C (reinstated), D; not B
                2021, 3,   // A, C, D
                2022, 1)); // C
        // totals count distinct organizations over all rows, not the sum of the rows
        assertEquals(4, total(after) - total(before));
        // only the filtered province appears
        List<Object> provinces = after.getList("rows.province");
        provinces.forEach(p -> assertEquals(PROVINCE, p));
    }

    @Test
    void withoutYearCountsOrganizationsActiveAnyTimeInTheWindow() {
        Map<String, JsonPath> before = new HashMap<>();
        String[][] windows = {{"2019", "2019"}, {"2019", "2020"}, {"2022", "2022"}, {"2023", "2024"}, {"2010", "2017"}};
        for (String[] w : windows) {
            before.put(w[0] + w[1], stats("groupBy", "province", "province", PROVINCE, "countryCode", OTHER_COUNTRY,
                    "fromYear", w[0], "toYear", w[1]));
        }
        JsonPath allBefore = stats("province", PROVINCE, "countryCode", OTHER_COUNTRY);
        createScenario(OTHER_COUNTRY);

        Map<String, Integer> expected = Map.of("20192019", 2, "20192020", 4, "20222022", 1, "20232024", 0, "20102017", 0);
        for (String[] w : windows) {
            JsonPath after = stats("groupBy", "province", "province", PROVINCE, "countryCode", OTHER_COUNTRY,
                    "fromYear", w[0], "toYear", w[1]);
            String key = w[0] + w[1];
            assertEquals(expected.get(key).longValue(),
                    row(after, "province", PROVINCE) - row(before.get(key), "province", PROVINCE), "window " + key);
            assertEquals(expected.get(key).longValue(), total(after) - total(before.get(key)), "totals of window " + key);
        }
        // no groupBy and no window: one total over all time
        JsonPath allAfter = stats("province", PROVINCE, "countryCode", OTHER_COUNTRY);
        assertEquals(4, total(allAfter) - total(allBefore));
    }

    @Test
    void yearWindowLimitsTheYearRows() {
        String org = createOrganization(COUNTRY, "INGO");
        JsonPath before = stats("groupBy", "province,year", "province", PROVINCE, "countryCode", COUNTRY,
                "fromYear", "2019", "toYear", "2020");
        createOperation(org, LocalDate.of(2017, 1, 1), LocalDate.of(2021, 12, 31), PROVINCE);
        JsonPath after = stats("groupBy", "province,year", "province", PROVINCE, "countryCode", COUNTRY,
                "fromYear", "2019", "toYear", "2020");
        after.getList("rows.year", Integer.class).forEach(year -> assertEquals(true, year >= 2019 && year <= 2020, "year " + year));
        assertEquals(1, row(after, "year", 2019) - row(before, "year", 2019));
        assertEquals(1, row(after, "year", 2020) - row(before, "year", 2020));
        assertEquals(1, total(after) - total(before));
    }

    @Test
    void kindFilterCountsOnlyThatKind() {
        JsonPath opsBefore = stats("groupBy", "year", "province", PROVINCE, "countryCode", COUNTRY, "kind", "OPERATION");
        JsonPath officesBefore = stats("groupBy", "year", "province", PROVINCE, "countryCode", COUNTRY, "kind", "REPRESENTATIVE_OFFICE");
        String operation = createOrganization(COUNTRY, "INGO");
        createOperation(operation, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), PROVINCE);
        String office = createOrganization(COUNTRY, "INGO");
        createRegistration(office, registration("REPRESENTATIVE_OFFICE", LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), PROVINCE));
        JsonPath opsAfter = stats("groupBy", "year", "province", PROVINCE, "countryCode", COUNTRY, "kind", "OPERATION");
        JsonPath officesAfter = stats("groupBy", "year", "province", PROVINCE, "countryCode", COUNTRY, "kind", "REPRESENTATIVE_OFFICE");
        assertEquals(1, row(opsAfter, "year", 2016) - row(opsBefore, "year", 2016));
        assertEquals(1, row(officesAfter, "year", 2016) - row(officesBefore, "year", 2016));
    }

    @Test
    void countryFilterAndCountryDimension() {
        JsonPath before = stats("groupBy", "country,year", "province", PROVINCE, "fromYear", "2015", "toYear", "2015");
        JsonPath tvBefore = stats("groupBy", "year", "province", PROVINCE, "countryCode", COUNTRY, "fromYear", "2015", "toYear", "2015");
        JsonPath nrBefore = stats("groupBy", "year", "province", PROVINCE, "countryCode", OTHER_COUNTRY, "fromYear", "2015", "toYear", "2015");

        createOperation(createOrganization(COUNTRY, "INGO"), LocalDate.of(2015, 3, 1), LocalDate.of(2015, 9, 30), PROVINCE);
        createOperation(createOrganization(COUNTRY, "INGO"), LocalDate.of(2015, 3, 1), LocalDate.of(2015, 9, 30), PROVINCE);
        createOperation(createOrganization(OTHER_COUNTRY, "INGO"), LocalDate.of(2015, 3, 1), LocalDate.of(2015, 9, 30), PROVINCE);

        JsonPath after = stats("groupBy", "country,year", "province", PROVINCE, "fromYear", "2015", "toYear", "2015");
        JsonPath tvAfter = stats("groupBy", "year", "province", PROVINCE, "countryCode", COUNTRY, "fromYear", "2015", "toYear", "2015");
        JsonPath nrAfter = stats("groupBy", "year", "province", PROVINCE, "countryCode", OTHER_COUNTRY, "fromYear", "2015", "toYear", "2015");

        assertEquals(2, row(after, "country", COUNTRY, "year", 2015) - row(before, "country", COUNTRY, "year", 2015));
        assertEquals(1, row(after, "country", OTHER_COUNTRY, "year", 2015) - row(before, "country", OTHER_COUNTRY, "year", 2015));
        assertEquals(3, total(after) - total(before));
        assertEquals(2, row(tvAfter, "year", 2015) - row(tvBefore, "year", 2015));
        assertEquals(1, row(nrAfter, "year", 2015) - row(nrBefore, "year", 2015));
    }

    @Test
    void aRegistrationRevokedOnItsFirstDayDoesNotCount() {
        JsonPath before = stats("groupBy", "year", "province", PROVINCE, "countryCode", COUNTRY);
        String org = createOrganization(COUNTRY, "INGO");
        String id = createOperation(org, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31), PROVINCE);
        changeStatus(id, "REVOKED", LocalDate.of(2024, 3, 1));
        JsonPath after = stats("groupBy", "year", "province", PROVINCE, "countryCode", COUNTRY);
        assertEquals(0, row(after, "year", 2024) - row(before, "year", 2024));
        assertEquals(0, total(after) - total(before));
    }

    @Test
    void provinceVintageCurrentRollsOldCodesUpToTheirSuccessor() {
        // Bạc Liêu (95) became part of Cà Mau (96) on 2025-07-01
        Object[] window = {"countryCode", COUNTRY, "fromYear", "2017", "toYear", "2017"};
        JsonPath recordedBefore = stats(with(window, "groupBy", "province,year"));
        JsonPath currentBefore = stats(with(window, "groupBy", "province,year", "provinceVintage", "CURRENT"));
        JsonPath camauBefore = stats(with(window, "groupBy", "year", "province", "96", "provinceVintage", "current"));

        createOperation(createOrganization(COUNTRY, "INGO"), LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), "95");
        createOperation(createOrganization(COUNTRY, "INGO"), LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), "96");
        createOperation(createOrganization(COUNTRY, "INGO"), LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), "95", "96");

        JsonPath recordedAfter = stats(with(window, "groupBy", "province,year"));
        JsonPath currentAfter = stats(with(window, "groupBy", "province,year", "provinceVintage", "CURRENT"));
        JsonPath camauAfter = stats(with(window, "groupBy", "year", "province", "96", "provinceVintage", "current"));

        // as recorded: each code on its own
        assertEquals(2, row(recordedAfter, "province", "95", "year", 2017) - row(recordedBefore, "province", "95", "year", 2017));
        assertEquals(2, row(recordedAfter, "province", "96", "year", 2017) - row(recordedBefore, "province", "96", "year", 2017));
        // current: 95 counts under 96, and the organization covering both counts once
        assertEquals(0, row(currentAfter, "province", "95", "year", 2017));
        assertEquals(3, row(currentAfter, "province", "96", "year", 2017) - row(currentBefore, "province", "96", "year", 2017));
        assertEquals(3, row(camauAfter, "year", 2017) - row(camauBefore, "year", 2017));
        assertEquals(3, total(currentAfter) - total(currentBefore));
    }

    private static Object[] with(Object[] base, Object... more) {
        Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void answerHasGroupByRowsAndTotals() {
        given().accept(ContentType.JSON).queryParam("groupBy", "province,year").queryParam("province", PROVINCE)
                .get("/api/v1/statistics/registrations").then()
                .statusCode(200)
                .body("groupBy", equalTo(List.of("province", "year")))
                .body("rows", notNullValue())
                .body("totals.organizations", notNullValue());
    }

    @ParameterizedTest
    @CsvSource({
            "groupBy,sector", "groupBy,'province,month'", "province,99", "province,2", "countryCode,XX",
            "countryCode,tv", "kind,BRANCH", "provinceVintage,LATEST", "fromYear,abc", "toYear,20x0", "fromYear,1900", "toYear,3000"})
    void badParametersAre400NamingTheParameter(String parameter, String value) {
        assertInvalid(given().accept(ContentType.JSON).queryParam(parameter, value)
                .get("/api/v1/statistics/registrations").then(), parameter);
    }

    @Test
    void provinceVintageCurrentTakesOnlyCurrentCodes() {
        assertInvalid(given().accept(ContentType.JSON).queryParam("province", "02").queryParam("provinceVintage", "CURRENT")
                .get("/api/v1/statistics/registrations").then(), "province");
    }

    @Test
    void fromYearAfterToYearIs400() {
        assertInvalid(given().accept(ContentType.JSON).queryParam("fromYear", 2021).queryParam("toYear", 2020)
                .get("/api/v1/statistics/registrations").then(), "toYear");
        // the same year on both ends is fine
        stats("fromYear", "2020", "toYear", "2020");
    }
}
