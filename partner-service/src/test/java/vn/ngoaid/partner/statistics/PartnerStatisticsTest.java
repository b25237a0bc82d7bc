package vn.ngoaid.partner.statistics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.ngoaid.common.testing.StatisticsRows;
import vn.ngoaid.partner.RegistryStub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ngoaid.partner.Fixtures.agreement;
import static vn.ngoaid.partner.Fixtures.assertInvalid;
import static vn.ngoaid.partner.Fixtures.byLocality;
import static vn.ngoaid.partner.Fixtures.byName;
import static vn.ngoaid.partner.Fixtures.byOrganization;
import static vn.ngoaid.partner.Fixtures.create;
import static vn.ngoaid.partner.Fixtures.createLocality;
import static vn.ngoaid.partner.Fixtures.exchange;
import static vn.ngoaid.partner.Fixtures.partnership;
import static vn.ngoaid.partner.Fixtures.token;
import static vn.ngoaid.partner.Fixtures.twinning;

/**
 * GET /api/v1/statistics. Isolation: this class alone uses Cà Mau (96) with localities in Tuvalu (TV) and Nauru (NR),
 * and compares the figures after its inserts with a baseline read just before them, so data of earlier runs does not
 * change what it asserts.
 */
@QuarkusTest
class PartnerStatisticsTest {

    private static final String PROVINCE = "96";
    private static final List<String> FIGURES = List.of("localities", "partnerships", "agreements", "twinnings", "exchanges", "participants");
    private static final List<String> DIMENSIONS = List.of("province", "country", "year", "direction");

    private static JsonPath stats(Object... params) {
        return StatisticsRows.get("/api/v1/statistics", params);
    }

    /** The figures of the row whose dimension values are those given (all zero when there is no such row). */
    private static List<Long> row(JsonPath answer, Object... dimensions) {
        return StatisticsRows.only(answer, dimensions)
                .map(r -> FIGURES.stream().map(f -> ((Number) r.get(f)).longValue()).toList())
                .orElse(List.of(0L, 0L, 0L, 0L, 0L, 0L));
    }

    private static List<Long> totals(JsonPath answer) {
        return FIGURES.stream().map(f -> ((Number) answer.get("totals." + f)).longValue()).toList();
    }

    private static void assertDelta(List<Long> before, List<Long> after, long... expected) {
        List<Long> delta = new ArrayList<>();
        for (int i = 0; i < FIGURES.size(); i++) {
            delta.add(after.get(i) - before.get(i));
        }
        List<Long> wanted = java.util.Arrays.stream(expected).boxed().toList();
        assertEquals(wanted, delta, "localities, partnerships, agreements, twinnings, exchanges, participants");
    }

    /**
     * In province 96: localities L1 (TV), L2 inside L1 (TV), L3 (NR);
     * partnerships L1 FRIENDSHIP 2015, L1 COOPERATION 2017, L3 SISTER 2016;
     * agreements with L2 2016, with a registered organization from TV 2015, with a named party from NR 2017;
     * twinnings with L2 2016, with L3 2017;
     * exchanges INBOUND L1 2015 (1 delegation, 10 people), OUTBOUND L3 2016 (3, 20), INBOUND batch of several
     * countries 2016 (5, 40), OUTBOUND to TV 2017 (1, people not recorded).
     */
    private static void createScenario() {
        String t = token();
        String l1 = createLocality("Funafuti " + t, "TV", "PROVINCE", null);
        String l2 = createLocality("Vaiaku " + t, "TV", "VILLAGE", l1);
        String l3 = createLocality("Yaren " + t, "NR", "DISTRICT", null);
        create("/api/v1/partnerships", partnership(PROVINCE, l1, "FRIENDSHIP", "2015-03-01"));
        create("/api/v1/partnerships", partnership(PROVINCE, l1, "COOPERATION", "2017-01-01"));
        create("/api/v1/partnerships", partnership(PROVINCE, l3, "SISTER", "2016-06-01"));
        create("/api/v1/agreements", agreement(PROVINCE, byLocality(l2), "Stats L2 " + t, "2016-05-01"));
        create("/api/v1/agreements", agreement(PROVINCE, byOrganization(RegistryStub.known("Tuvalu Red Cross " + t, "TV")),
                "Stats org " + t, "2015-08-01"));
        create("/api/v1/agreements", agreement(PROVINCE, byName("Nauru party " + t, "NR"), "Stats named " + t, "2017-02-01"));
        create("/api/v1/twinnings", twinning(PROVINCE, "Thôn " + t, "VILLAGE", "Vaiaku", "VILLAGE", l2, "2016-01-01"));
        create("/api/v1/twinnings", twinning(PROVINCE, "Thôn B " + t, "VILLAGE", "Yaren", "VILLAGE", l3, "2017-01-01"));
        Map<String, Object> e1 = exchange(PROVINCE, "INBOUND", "Stats e1 " + t, "2015-04-01");
        e1.put("localityId", l1);
        e1.put("participants", 10);
        create("/api/v1/exchanges", e1);
        Map<String, Object> e2 = exchange(PROVINCE, "OUTBOUND", "Stats e2 " + t, "2016-05-01");
        e2.put("localityId", l3);
        e2.put("delegations", 3);
        e2.put("participants", 20);
        create("/api/v1/exchanges", e2);
        Map<String, Object> e3 = exchange(PROVINCE, "INBOUND", "Stats e3 " + t, "2016-01-01");
        e3.put("delegations", 5);
        e3.put("participants", 40);
        create("/api/v1/exchanges", e3);
        Map<String, Object> e4 = exchange(PROVINCE, "OUTBOUND", "Stats e4 " + t, "2017-03-01");
        e4.put("countryCode", "TV");
        create("/api/v1/exchanges", e4);
    }

    @Test
    void figuresByYearCountryAndDirection() {
        JsonPath byYear0 = stats("groupBy", "province,year", "province", PROVINCE);
        JsonPath byCountry0 = stats("groupBy", "country", "province", PROVINCE);
        JsonPath byDirection0 = stats("groupBy", "direction", "province", PROVINCE);
        JsonPath window0 = stats("groupBy", "year", "province", PROVINCE, "fromYear", 2017, "toYear", 2017);
        JsonPath nauru0 = stats("province", PROVINCE, "countryCode", "NR");
        createScenario();
        JsonPath byYear = stats("groupBy", "province,year", "province", PROVINCE);
        JsonPath byCountry = stats("groupBy", "country", "province", PROVINCE);
        JsonPath byDirection = stats("groupBy", "direction", "province", PROVINCE);
        JsonPath window = stats("groupBy", "year", "province", PROVINCE, "fromYear", 2017, "toYear", 2017);
        JsonPath nauru = stats("province", PROVINCE, "countryCode", "NR");

        assertEquals(List.of("province", "year"), byYear.getList("groupBy"));
        assertDelta(row(byYear0, "province", PROVINCE, "year", 2015), row(byYear, "province", PROVINCE, "year", 2015), 1, 1, 1, 0, 1, 10);
        assertDelta(row(byYear0, "province", PROVINCE, "year", 2016), row(byYear, "province", PROVINCE, "year", 2016), 1, 1, 1, 1, 8, 60);
        assertDelta(row(byYear0, "province", PROVINCE, "year", 2017), row(byYear, "province", PROVINCE, "year", 2017), 0, 1, 1, 1, 1, 0);
        assertDelta(totals(byYear0), totals(byYear), 2, 3, 3, 2, 10, 70);

        assertDelta(row(byCountry0, "country", "TV"), row(byCountry, "country", "TV"), 1, 2, 2, 1, 2, 10);
        assertDelta(row(byCountry0, "country", "NR"), row(byCountry, "country", "NR"), 1, 1, 1, 1, 3, 20);
        assertDelta(row(byCountry0, "country", null), row(byCountry, "country", null), 0, 0, 0, 0, 5, 40);

        assertDelta(row(byDirection0, "direction", "INBOUND"), row(byDirection, "direction", "INBOUND"), 0, 0, 0, 0, 6, 50);
        assertDelta(row(byDirection0, "direction", "OUTBOUND"), row(byDirection, "direction", "OUTBOUND"), 0, 0, 0, 0, 4, 20);
        assertDelta(row(byDirection0, "direction", null), row(byDirection, "direction", null), 2, 3, 3, 2, 0, 0);

        // within 2017 alone, the pair with L1 counts in 2017, the year of its first partnership in the window
        assertDelta(row(window0, "year", 2017), row(window, "year", 2017), 1, 1, 1, 1, 1, 0);
        assertDelta(totals(window0), totals(window), 1, 1, 1, 1, 1, 0);

        // without groupBy: one row, equal to the totals
        assertDelta(totals(nauru0), totals(nauru), 1, 1, 1, 1, 3, 20);
        assertEquals(totals(nauru), row(nauru));
        assertEquals(1, nauru.getList("rows").size());
    }

    @Test
    void rowsAddUpToTheTotalsForEveryGrouping() {
        createScenario();
        List<List<String>> groupings = new ArrayList<>();
        for (int mask = 1; mask < 16; mask++) {
            List<String> dims = new ArrayList<>();
            for (int i = 0; i < DIMENSIONS.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    dims.add(DIMENSIONS.get(i));
                }
            }
            groupings.add(dims);
        }
        List<Long> all = totals(stats());
        List<Long> inProvince = totals(stats("province", PROVINCE));
        for (List<String> dims : groupings) {
            for (Object[] filter : new Object[][]{{}, {"province", PROVINCE}, {"province", PROVINCE, "fromYear", 2016, "toYear", 2017}}) {
                List<Object> params = new ArrayList<>(List.of("groupBy", String.join(",", dims)));
                params.addAll(List.of(filter));
                JsonPath answer = stats(params.toArray());
                assertEquals(dims, answer.getList("groupBy"));
                List<Map<String, Object>> rows = answer.getList("rows");
                Map<String, Long> sums = new LinkedHashMap<>();
                for (Map<String, Object> row : rows) {
                    for (String f : FIGURES) {
                        sums.merge(f, ((Number) row.get(f)).longValue(), Long::sum);
                    }
                    assertEquals(true, row.keySet().containsAll(dims), "row carries its dimensions: " + row);
                }
                List<Long> totals = totals(answer);
                assertEquals(totals, FIGURES.stream().map(f -> sums.getOrDefault(f, 0L)).toList(),
                        "rows add up to the totals for groupBy=" + dims + " " + List.of(filter));
                if (filter.length == 0) {
                    assertEquals(all, totals, "totals do not depend on the grouping");
                } else if (filter.length == 2) {
                    assertEquals(inProvince, totals, "totals do not depend on the grouping");
                }
            }
        }
    }

    @Test
    void badParametersAre400() {
        assertInvalid(given().accept(ContentType.JSON).queryParam("groupBy", "province,planet").get("/api/v1/statistics").then(), "groupBy")
                .body("errors[0].message", containsString("planet"));
        assertInvalid(given().queryParam("fromYear", 2012).queryParam("toYear", 2008).get("/api/v1/statistics").then(), "toYear");
        assertInvalid(given().queryParam("fromYear", "later").get("/api/v1/statistics").then(), "fromYear");
        assertInvalid(given().queryParam("toYear", 1200).get("/api/v1/statistics").then(), "toYear");
        assertInvalid(given().queryParam("province", "999").get("/api/v1/statistics").then(), "province");
        assertInvalid(given().queryParam("countryCode", "XX").get("/api/v1/statistics").then(), "countryCode");
    }
}
