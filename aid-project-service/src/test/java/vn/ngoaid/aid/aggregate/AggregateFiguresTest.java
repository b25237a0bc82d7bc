package vn.ngoaid.aid.aggregate;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ngoaid.aid.RegistryStub;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.ngoaid.aid.Fixtures.EXACT;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.decimal;
import static vn.ngoaid.aid.Fixtures.decision;
import static vn.ngoaid.aid.Fixtures.location;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.registeredDonor;
import static vn.ngoaid.aid.Fixtures.sector;
import static vn.ngoaid.aid.Fixtures.standardRate;
import static vn.ngoaid.aid.Fixtures.standardRates;
import static vn.ngoaid.aid.Fixtures.toDecimal;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * GET /api/v1/aggregates, figure by figure, for one registered donor (a random organization id, so the filter
 * {@code organizationId} isolates this class's data):
 * <ul>
 * <li>project A in USD, 60 % in Quảng Ninh (22) and 40 % in Lạng Sơn (20), sectors 12220/11220/14030 at 50/30/20,
 * PROJECT, PROVINCIAL, ONGOING: a commitment of 12,345.65 USD in 2019 and a disbursement of 3,456.78 EUR in 2020;</li>
 * <li>project B in VND, all in 22, sectors 72010 and 74020 split equally, EMERGENCY_RELIEF, CENTRAL, APPROVED:
 * a commitment of 470,000,000 VND in 2020 and a disbursement of 116,000,000 VND in 2021.</li>
 * </ul>
 * The expected rows are computed here from the standard rates: each transaction converted with its year's rates,
 * split by location and sector shares, summed exactly and rounded half-even to the currency's minor unit.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AggregateFiguresTest {

    private static final String COUNTRY = "DE";
    private static final String NAME = "Terre des Hommes Deutschland";
    private static final List<String> DIMENSIONS = List.of("province", "year", "sector", "modality", "organization",
            "donorCountry", "donorType", "approvalLevel", "status");

    /** One share of one transaction: its dimension values and its amount in the project's records. */
    private record Piece(Map<String, Object> dims, String project, String type, BigDecimal amount, String currency,
                         int year, BigDecimal weight) {

        BigDecimal in(String target) {
            BigDecimal converted = currency.equals(target) ? amount
                    : amount.divide(standardRate(currency, year), MathContext.DECIMAL128).multiply(standardRate(target, year));
            return converted.multiply(weight);
        }
    }

    private static UUID organization;
    private static final List<Piece> PIECES = new ArrayList<>();

    /** Records the two projects once for the class (each run of the class has its own donor). */
    private static synchronized void data() {
        if (organization != null) {
            return;
        }
        standardRates();
        UUID org = UUID.randomUUID();
        LocalDate approvedA = LocalDate.parse("2019-03-01");
        LocalDate approvedB = LocalDate.parse("2020-01-15");
        RegistryStub.eligible(org, NAME, COUNTRY, "INGO", "22", approvedB);

        Map<String, Object> a = with(project("USD"), "donor", registeredDonor(org, NAME, COUNTRY, "INGO", approvedA, "22", "20"));
        a = with(a, "locations", List.of(location("22", "Hạ Long", 60), location("20", "Tràng Định", 40)));
        a = with(a, "sectors", List.of(sector("12220", 50), sector("11220", 30), sector("14030", 20)));
        a = with(a, "status", "ONGOING");
        a = with(a, "approvalDecision", decision(approvedA.toString()));
        a = with(with(a, "startDate", "2019-04-01"), "endDate", "2021-12-31");
        String projectA = create(a);
        money(projectA, "COMMITMENT", "2019-06-01", "12345.65", "USD");
        money(projectA, "DISBURSEMENT", "2020-03-01", "3456.78", "EUR");

        Map<String, Object> b = with(project("VND"), "donor", Map.of("organizationId", org.toString()));
        b = with(b, "locations", List.of(location("22", null, null)));
        b = with(b, "sectors", List.of(sector("72010", null), sector("74020", null)));
        b = with(b, "modality", "EMERGENCY_RELIEF");
        b = with(b, "approvalLevel", "CENTRAL");
        b = with(b, "approvalDecision", decision(approvedB.toString()));
        b = with(with(b, "startDate", "2020-02-01"), "endDate", null);
        String projectB = create(b);
        money(projectB, "COMMITMENT", "2020-02-10", "470000000", null);
        money(projectB, "DISBURSEMENT", "2021-05-01", "116000000", null);

        Map<String, BigDecimal> locationsA = Map.of("22", new BigDecimal("0.6"), "20", new BigDecimal("0.4"));
        Map<String, BigDecimal> sectorsA = Map.of("12220", new BigDecimal("0.5"), "11220", new BigDecimal("0.3"),
                "14030", new BigDecimal("0.2"));
        Map<String, BigDecimal> locationsB = Map.of("22", BigDecimal.ONE);
        Map<String, BigDecimal> sectorsB = Map.of("72010", new BigDecimal("0.5"), "74020", new BigDecimal("0.5"));
        Map<String, Object> projectDimsA = Map.of("modality", "PROJECT", "approvalLevel", "PROVINCIAL", "status", "ONGOING");
        Map<String, Object> projectDimsB = Map.of("modality", "EMERGENCY_RELIEF", "approvalLevel", "CENTRAL", "status", "APPROVED");
        split(org, projectA, projectDimsA, locationsA, sectorsA, "COMMITMENT", "12345.65", "USD", 2019);
        split(org, projectA, projectDimsA, locationsA, sectorsA, "DISBURSEMENT", "3456.78", "EUR", 2020);
        split(org, projectB, projectDimsB, locationsB, sectorsB, "COMMITMENT", "470000000", "VND", 2020);
        split(org, projectB, projectDimsB, locationsB, sectorsB, "DISBURSEMENT", "116000000", "VND", 2021);
        organization = org;
    }

    private static void split(UUID org, String project, Map<String, Object> projectDims, Map<String, BigDecimal> locations,
                              Map<String, BigDecimal> sectors, String type, String amount, String currency, int year) {
        locations.forEach((province, locationShare) -> sectors.forEach((sector, sectorShare) -> {
            Map<String, Object> dims = new LinkedHashMap<>(projectDims);
            dims.put("province", province);
            dims.put("year", year);
            dims.put("sector", sector);
            dims.put("organization", org.toString());
            dims.put("donorCountry", COUNTRY);
            dims.put("donorType", "INGO");
            PIECES.add(new Piece(dims, project, type, new BigDecimal(amount), currency, year,
                    locationShare.multiply(sectorShare)));
        }));
    }

    // ----- the expected figures

    private record Figures(long projects, long organizations, BigDecimal committed, BigDecimal disbursed) {
        BigDecimal rate() {
            return committed.signum() <= 0 ? null : disbursed.divide(committed, 4, RoundingMode.HALF_EVEN);
        }
    }

    private static Figures figures(List<Piece> pieces, String currency) {
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        Set<String> projects = new HashSet<>();
        for (Piece piece : pieces) {
            projects.add(piece.project());
            if (piece.type().equals("COMMITMENT")) {
                committed = committed.add(piece.in(currency));
            } else {
                disbursed = disbursed.add(piece.in(currency));
            }
        }
        return new Figures(projects.size(), pieces.isEmpty() ? 0 : 1, committed, disbursed);
    }

    /** Expected rows: dimension values (as strings) → figures. */
    private static Map<List<String>, Figures> expectedRows(List<String> groupBy, String currency) {
        Map<List<String>, List<Piece>> groups = new LinkedHashMap<>();
        for (Piece piece : PIECES) {
            List<String> key = groupBy.stream().map(d -> String.valueOf(piece.dims().get(d))).toList();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(piece);
        }
        Map<List<String>, Figures> rows = new LinkedHashMap<>();
        groups.forEach((key, pieces) -> rows.put(key, figures(pieces, currency)));
        return rows;
    }

    private static int digits(String currency) {
        return currency.equals("VND") ? 0 : 2;
    }

    private static BigDecimal rounded(BigDecimal value, String currency) {
        return value.setScale(digits(currency), RoundingMode.HALF_EVEN);
    }

    // ----- asking

    private static ValidatableResponse aggregates(Object... params) {
        data();
        var request = given().config(EXACT).accept(ContentType.JSON).queryParam("organizationId", organization);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/v1/aggregates").then().log().ifValidationFails();
    }

    private static void assertFigures(String what, Map<String, Object> actual, Figures expected, String currency) {
        assertThat(what + " projects", ((Number) actual.get("projects")).longValue(), equalTo(expected.projects()));
        assertThat(what + " organizations", ((Number) actual.get("organizations")).longValue(), equalTo(expected.organizations()));
        assertThat(what + " committed", actual.get("committed"), decimal(rounded(expected.committed(), currency)));
        assertThat(what + " disbursed", actual.get("disbursed"), decimal(rounded(expected.disbursed(), currency)));
        if (expected.rate() == null) {
            assertThat(what + " disbursementRate", actual.get("disbursementRate"), nullValue());
        } else {
            assertThat(what + " disbursementRate", actual.get("disbursementRate"), decimal(expected.rate()));
        }
    }

    static Stream<Arguments> groupings() {
        List<Arguments> all = new ArrayList<>();
        for (String currency : List.of("USD", "VND")) {
            for (String dimension : DIMENSIONS) {
                all.add(Arguments.of(dimension, currency));
            }
            all.add(Arguments.of("province,year", currency));
            all.add(Arguments.of("sector,year,status", currency));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "groupBy={0} in {1}: every row exact, rows add up to the totals")
    @MethodSource("groupings")
    void everyRowHasTheHandComputedFiguresAndTheRowsAddUpToTheTotals(String groupBy, String currency) {
        List<String> dims = List.of(groupBy.split(","));
        JsonPath answer = aggregates("groupBy", groupBy, "currency", currency).statusCode(200).extract().jsonPath();
        assertThat(answer.getString("currency"), equalTo(currency));
        assertThat(answer.getList("groupBy"), equalTo(dims));

        Map<List<String>, Figures> expected = expectedRows(dims, currency);
        List<Map<String, Object>> rows = answer.getList("rows");
        assertThat(groupBy + " rows " + rows, rows, hasSize(expected.size()));
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        Set<List<String>> seen = new HashSet<>();
        for (Map<String, Object> row : rows) {
            List<String> key = dims.stream().map(d -> String.valueOf(row.get(d))).toList();
            assertThat("unexpected row " + row, expected.containsKey(key), equalTo(true));
            assertThat("row twice " + row, seen.add(key), equalTo(true));
            assertFigures(groupBy + "=" + key, row, expected.get(key), currency);
            if (dims.contains("organization")) {
                assertThat(row.get("donorName"), equalTo(NAME));
            }
            committed = committed.add(toDecimal(row.get("committed")));
            disbursed = disbursed.add(toDecimal(row.get("disbursed")));
        }

        Map<String, Object> totals = answer.getMap("totals");
        assertFigures("totals", totals, figures(PIECES, currency), currency);
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(digits(currency)).multiply(BigDecimal.valueOf(rows.size()));
        assertThat(groupBy + " committed rows vs totals",
                committed.subtract(toDecimal(totals.get("committed"))).abs(), lessThanOrEqualTo(tolerance));
        assertThat(groupBy + " disbursed rows vs totals",
                disbursed.subtract(toDecimal(totals.get("disbursed"))).abs(), lessThanOrEqualTo(tolerance));
    }

    @Test
    void totalsAndProvinceRowsInUsdWrittenOutByHand() {
        // A: 12345.65 USD committed; 3456.78 EUR / 0.875 = 3950.6057142857… USD disbursed
        // B: 470000000 VND / 23500 = 20000 USD committed; 116000000 VND / 23200 = 5000 USD disbursed
        aggregates("groupBy", "province").statusCode(200)
                .body("currency", equalTo("USD"))
                .body("groupBy", equalTo(List.of("province")))
                .body("rows", hasSize(2))
                .body("rows.province", equalTo(List.of("20", "22")))
                .body("rows[0].committed", decimal("4938.26"))        // 0.4 × 12345.65
                .body("rows[0].disbursed", decimal("1580.24"))        // 0.4 × 3950.6057…
                .body("rows[0].projects", equalTo(1))
                .body("rows[0].organizations", equalTo(1))
                .body("rows[0].disbursementRate", decimal("0.3200"))
                .body("rows[1].committed", decimal("27407.39"))       // 0.6 × 12345.65 + 20000
                .body("rows[1].disbursed", decimal("7370.36"))        // 0.6 × 3950.6057… + 5000
                .body("rows[1].projects", equalTo(2))
                .body("rows[1].organizations", equalTo(1))
                .body("rows[1].disbursementRate", decimal("0.2689"))
                .body("totals.projects", equalTo(2))
                .body("totals.organizations", equalTo(1))
                .body("totals.committed", decimal("32345.65"))
                .body("totals.disbursed", decimal("8950.61"))
                .body("totals.disbursementRate", decimal("0.2767"))
                .body("ratesUsed.currency", equalTo(List.of("EUR", "VND", "VND")))
                .body("ratesUsed.year", equalTo(List.of(2020, 2020, 2021)))
                .body("ratesUsed[0].unitsPerUsd", decimal("0.875"))
                .body("ratesUsed[1].unitsPerUsd", decimal("23500"))
                .body("ratesUsed[2].unitsPerUsd", decimal("23200"));
    }

    @Test
    void totalsInVndWrittenOutByHandAndTheRatesTheyUsed() {
        // A: 12345.65 × 23000 (2019) = 283949950; 3456.78 / 0.875 × 23500 (2020) = 92839234.2857…
        aggregates("currency", "VND").statusCode(200)
                .body("currency", equalTo("VND"))
                .body("groupBy", equalTo(List.of()))
                .body("rows", hasSize(1))
                .body("rows[0].committed", decimal("753949950"))
                .body("rows[0].disbursed", decimal("208839234"))
                .body("totals.committed", decimal("753949950"))
                .body("totals.disbursed", decimal("208839234"))
                .body("totals.projects", equalTo(2))
                .body("ratesUsed.currency", equalTo(List.of("EUR", "VND", "VND")))
                .body("ratesUsed.year", equalTo(List.of(2020, 2019, 2020)));
    }

    @Test
    void halfACentIsRoundedToEven() {
        // sector 12220 takes half of 12345.65 = 6172.825 → 6172.82 (half-up would say 6172.83)
        aggregates("groupBy", "sector", "sector", "12220").statusCode(200)
                .body("rows", hasSize(1))
                .body("rows[0].sector", equalTo("12220"))
                .body("rows[0].committed", decimal("6172.82"))
                .body("totals.committed", decimal("6172.82"));
    }

    @Test
    void theProvinceFilterKeepsOnlyThatProvincesShares() {
        aggregates("province", "20").statusCode(200)
                .body("totals.committed", decimal("4938.26"))
                .body("totals.disbursed", decimal("1580.24"))
                .body("totals.projects", equalTo(1));
        aggregates("province", "20", "groupBy", "sector").statusCode(200)
                .body("rows.sector", equalTo(List.of("11220", "12220", "14030")))
                .body("rows[0].committed", decimal("1481.48"))        // 0.4 × 0.3 × 12345.65 = 1481.478
                .body("rows[1].committed", decimal("2469.13"))        // 0.4 × 0.5 × 12345.65 = 2469.13
                .body("rows[2].committed", decimal("987.65"));        // 0.4 × 0.2 × 12345.65 = 987.652
        aggregates("province", "01").statusCode(200)
                .body("totals.committed", decimal("0.00"))
                .body("totals.projects", equalTo(0))
                .body("totals.disbursementRate", nullValue());
    }

    @Test
    void theSectorFilterKeepsOnlyThatSectorsShares() {
        // B splits equally: half of 20000 and of 5000 USD
        aggregates("sector", "72010", "groupBy", "province").statusCode(200)
                .body("rows", hasSize(1))
                .body("rows[0].province", equalTo("22"))
                .body("rows[0].committed", decimal("10000.00"))
                .body("rows[0].disbursed", decimal("2500.00"))
                .body("rows[0].disbursementRate", decimal("0.2500"))
                .body("totals.projects", equalTo(1));
        aggregates("sector", "14030").statusCode(200)
                .body("totals.committed", decimal("2469.13"))         // 0.2 × 12345.65
                .body("totals.disbursed", decimal("790.12"));         // 0.2 × 3950.6057…
    }

    @Test
    void yearsFilterByTheTransactionsDate() {
        aggregates("fromYear", 2020, "toYear", 2020, "groupBy", "year").statusCode(200)
                .body("rows.year", equalTo(List.of(2020)))
                .body("totals.committed", decimal("20000.00"))
                .body("totals.disbursed", decimal("3950.61"))
                .body("totals.projects", equalTo(2))
                .body("ratesUsed.currency", equalTo(List.of("EUR", "VND")));
        aggregates("fromYear", 2021, "groupBy", "year").statusCode(200)
                .body("rows.year", equalTo(List.of(2021)))
                .body("rows[0].committed", decimal("0.00"))
                .body("rows[0].disbursed", decimal("5000.00"))
                .body("rows[0].disbursementRate", nullValue());
        aggregates("toYear", 2019).statusCode(200)
                .body("totals.committed", decimal("12345.65"))
                .body("totals.disbursed", decimal("0.00"))
                .body("totals.disbursementRate", decimal("0.0000"))
                .body("ratesUsed", hasSize(0));
        aggregates("fromYear", 2022).statusCode(200).body("totals.projects", equalTo(0));
    }

    @Test
    void projectFiltersKeepTheirProjects() {
        aggregates("modality", "EMERGENCY_RELIEF").statusCode(200)
                .body("totals.committed", decimal("20000.00")).body("totals.projects", equalTo(1));
        aggregates("approvalLevel", "PROVINCIAL").statusCode(200)
                .body("totals.committed", decimal("12345.65"));
        aggregates("status", "APPROVED").statusCode(200)
                .body("totals.committed", decimal("20000.00"));
        aggregates("donorCountry", COUNTRY, "donorType", "INGO").statusCode(200)
                .body("totals.committed", decimal("32345.65"));
        aggregates("donorCountry", "FR").statusCode(200).body("totals.projects", equalTo(0));
        aggregates("donorType", "EMBASSY").statusCode(200).body("totals.projects", equalTo(0));
    }

    @Test
    void theOrganizationRowCarriesTheIdAndTheName() {
        data();
        aggregates("groupBy", "organization").statusCode(200)
                .body("rows", hasSize(1))
                .body("rows[0].organization", equalTo(organization.toString()))
                .body("rows[0].donorName", equalTo(NAME))
                .body("rows[0].projects", equalTo(2))
                .body("rows[0].organizations", equalTo(1));
    }

    @Test
    void aggregatesInEuroAreRoundedToTheCent() {
        // 12345.65 USD × 0.9 (2019) + 3456.78 EUR + 20000 USD × 0.875 (2020) = 11111.085 + 3456.78 + 17500
        aggregates("currency", "EUR", "groupBy", "year").statusCode(200)
                .body("rows.year", equalTo(List.of(2019, 2020, 2021)))
                .body("rows[0].committed", decimal("11111.08"))
                .body("rows[1].committed", decimal("17500.00"))
                .body("rows[1].disbursed", decimal("3456.78"))
                .body("rows[2].disbursed", decimal("4250.00"))      // 5000 × 0.85
                .body("totals.committed", decimal(rounded(figures(PIECES, "EUR").committed(), "EUR")));
    }

    @Test
    void theRecordedProjectTotalsAgreeWithTheAggregates() {
        data();
        List<Map<String, Object>> items = given().config(EXACT).queryParam("organizationId", organization)
                .queryParam("sort", "code").get("/api/v1/projects").then().statusCode(200).extract().path("items");
        assertThat(items, hasSize(2));
        Map<String, BigDecimal> committed = new LinkedHashMap<>();
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> totals = (Map<String, Object>) item.get("totals");
            committed.put((String) item.get("currency"), toDecimal(totals.get("committed")));
            if (Objects.equals(item.get("currency"), "USD")) {
                assertThat(totals.get("disbursed"), decimal("3950.61"));
                assertThat(totals.get("disbursementRate"), decimal("0.3200"));
            } else {
                assertThat(totals.get("disbursed"), decimal("116000000"));
            }
        }
        assertThat(committed.get("USD"), decimal("12345.65"));
        assertThat(committed.get("VND"), decimal("470000000"));
    }
}
