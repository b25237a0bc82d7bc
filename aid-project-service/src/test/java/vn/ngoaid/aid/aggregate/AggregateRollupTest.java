package vn.ngoaid.aid.aggregate;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ngoaid.aid.RegistryStub;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static vn.ngoaid.aid.Fixtures.EXACT;
import static vn.ngoaid.aid.Fixtures.correction;
import static vn.ngoaid.aid.aggregate.RawAggregate.assertSame;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.decision;
import static vn.ngoaid.aid.Fixtures.donorOutsideRegistry;
import static vn.ngoaid.aid.Fixtures.location;
import static vn.ngoaid.aid.Fixtures.implementer;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.plan;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.put;
import static vn.ngoaid.aid.Fixtures.registeredDonor;
import static vn.ngoaid.aid.Fixtures.sector;
import static vn.ngoaid.aid.Fixtures.standardRates;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * The aggregates read the rollup (migration V4), kept up to date by each write; this proves they answer what the
 * plain SQL over the raw transactions answers — each transaction split over its project's locations and sectors and
 * converted at its year's rates, the query the aggregates ran before the rollup — for every groupBy dimension, in
 * three currencies, on data with percentage and equal splits, a province listed twice, transactions in other
 * currencies, corrections in a later year, planned disbursements (one in a year without money, plans revised after
 * money was recorded), owners of four types and none, and a project whose provinces, sectors, status, plan and owner
 * changed after money was recorded. The donors are Icelandic (IS), a country no other test uses, so both sides see the same set.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AggregateRollupTest {

    private static final String COUNTRY = "IS";
    @Inject
    DataSource dataSource;

    private static boolean recorded;

    /** Four projects of three Icelandic donors, written through the API (so the rollup is kept by the service). */
    private static synchronized void data() {
        if (recorded) {
            return;
        }
        standardRates();
        UUID ingo = UUID.randomUUID();
        UUID foundation = UUID.randomUUID();
        LocalDate approvedA = LocalDate.parse("2019-03-01");
        LocalDate approvedB = LocalDate.parse("2020-01-15");

        // A: USD, Quảng Ninh twice (two districts) and Lạng Sơn by percentage, three sectors split equally
        Map<String, Object> a = with(project("USD"), "donor",
                registeredDonor(ingo, "Icelandic Aid " + ingo, COUNTRY, "INGO", approvedA, "22", "20"));
        a = with(a, "locations", List.of(location("22", "Hạ Long", 30), location("22", "Tiên Yên", 30),
                location("20", "Tràng Định", 40)));
        a = with(a, "sectors", List.of(sector("12220", null), sector("11220", null), sector("14030", null)));
        a = with(with(a, "status", "ONGOING"), "approvalDecision", decision(approvedA.toString()));
        a = with(with(a, "startDate", "2019-04-01"), "endDate", "2021-12-31");
        a = with(a, "plannedDisbursements", List.of(plan(2019, "12000.005"), plan(2020, "5000"), plan(2021, "1000")));
        a = with(a, "implementers", List.of(implementer("Quang Ninh Department of Health", "PROVINCIAL_DEPARTMENT", "PROJECT_OWNER"),
                implementer("Lifestart Foundation", "NGO", "IMPLEMENTING")));
        String projectA = create(a);
        money(projectA, "COMMITMENT", "2019-06-01", "10000.01", "USD");
        money(projectA, "COMMITMENT", "2019-07-01", "2000.03", "EUR");
        money(projectA, "DISBURSEMENT", "2020-03-01", "1234567", "VND");
        String corrected = money(projectA, "DISBURSEMENT", "2020-04-01", "3333.33", "USD");
        correction(projectA, corrected, "DISBURSEMENT", "2021-01-10", "-1111.11", "USD").statusCode(201);
        // the plan revised after money was recorded: 2021 dropped
        put(projectA, with(a, "plannedDisbursements", List.of(plan(2019, "12000.005"), plan(2020, "5000")))).statusCode(200);

        // B: VND in Lai Châu, sectors 70/30; then moved to two provinces, other sectors and ONGOING, and money after
        RegistryStub.eligible(ingo, "Icelandic Aid " + ingo, COUNTRY, "INGO", "12", approvedB);
        Map<String, Object> b = with(project("VND"), "donor", Map.of("organizationId", ingo.toString()));
        b = with(b, "locations", List.of(location("12", null, null)));
        b = with(b, "sectors", List.of(sector("72010", 70), sector("74020", 30)));
        b = with(with(b, "modality", "EMERGENCY_RELIEF"), "approvalLevel", "CENTRAL");
        b = with(b, "approvalDecision", decision(approvedB.toString()));
        b = with(with(b, "startDate", "2020-02-01"), "endDate", null);
        b = with(b, "plannedDisbursements", List.of(plan(2020, "500000000")));
        b = with(b, "implementers", List.of(implementer("Phong Tho District People's Committee", "DISTRICT", "PROJECT_OWNER")));
        String projectB = create(b);
        money(projectB, "COMMITMENT", "2020-02-10", "470000001", null);
        money(projectB, "DISBURSEMENT", "2020-05-01", "116000000", null);
        RegistryStub.eligible(ingo, "Icelandic Aid " + ingo, COUNTRY, "INGO", "20", approvedB);
        b = with(b, "locations", List.of(location("12", "Phong Thổ", null), location("20", null, null)));
        b = with(b, "sectors", List.of(sector("72010", null), sector("13040", null)));
        // and its plan and owner changed with them
        b = with(b, "plannedDisbursements", List.of(plan(2020, "400000000"), plan(2021, "123456789")));
        b = with(b, "implementers", List.of(implementer("Ma Li Pho Commune People's Committee", "COMMUNE", "PROJECT_OWNER")));
        put(projectB, with(b, "status", "ONGOING")).statusCode(200);
        money(projectB, "DISBURSEMENT", "2021-05-01", "99999999", null);
        money(projectB, "COMMITMENT", "2021-06-01", "1500.50", "EUR");

        // C: another organization, EUR, a disbursement in USD
        RegistryStub.eligible(foundation, "Reykjavik Fund " + foundation, COUNTRY, "FOUNDATION", "01", approvedB);
        Map<String, Object> c = with(project("EUR"), "donor", Map.of("organizationId", foundation.toString()));
        c = with(with(c, "locations", List.of(location("01", null, null))), "sectors", List.of(sector("15170", null)));
        c = with(c, "approvalDecision", decision(approvedB.toString()));
        String projectC = create(c);
        money(projectC, "COMMITMENT", "2021-02-01", "7777.77", null);
        money(projectC, "DISBURSEMENT", "2021-03-01", "1000.01", "USD");

        // D: a donor outside the registry, a commitment corrected; planned in 2020 too, where nothing was recorded
        Map<String, Object> d = with(project("VND"), "donor",
                donorOutsideRegistry("Embassy of Iceland " + UUID.randomUUID(), "EMBASSY", COUNTRY));
        d = with(d, "plannedDisbursements", List.of(plan(2019, "48000000"), plan(2020, "2000000")));
        String projectD = create(with(d, "implementers",
                List.of(implementer("Lai Chau Women's Union", "MASS_ORGANIZATION", "PROJECT_OWNER"))));
        String commitment = money(projectD, "COMMITMENT", "2019-05-05", "50000000", null);
        correction(projectD, commitment, "COMMITMENT", "2019-05-06", "-3", null).statusCode(201);
        money(projectD, "DISBURSEMENT", "2019-08-08", "1000000", null);
        recorded = true;
    }

    static Stream<Arguments> groupings() {
        List<Arguments> all = new ArrayList<>();
        for (String currency : List.of("USD", "VND", "EUR")) {
            RawAggregate.COLUMNS.keySet().forEach(dimension -> all.add(Arguments.of(dimension, currency)));
            all.add(Arguments.of("province,year", currency));
            all.add(Arguments.of("sector,year,status", currency));
            all.add(Arguments.of("ownerType,year", currency));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "groupBy={0} in {1}: the rollup answers what the raw transactions give")
    @MethodSource("groupings")
    void everyRowAndTheTotalsEqualThePlainSqlOverTheRawTransactions(String groupBy, String currency) throws SQLException {
        data();
        List<String> dims = List.of(groupBy.split(","));
        JsonPath answer = given().config(EXACT).accept(ContentType.JSON).queryParam("donorCountry", COUNTRY)
                .queryParam("groupBy", groupBy).queryParam("currency", currency)
                .get("/api/v1/aggregates").then().log().ifValidationFails().statusCode(200).extract().jsonPath();

        Map<List<String>, Object[]> expected = raw(dims, currency);
        List<Map<String, Object>> rows = answer.getList("rows");
        assertThat(groupBy + " rows " + rows, rows.size(), equalTo(expected.size()));
        for (Map<String, Object> row : rows) {
            List<String> key = dims.stream().map(d -> String.valueOf(row.get(d))).toList();
            assertThat("unexpected row " + row + ", expected " + expected.keySet(), expected.containsKey(key), equalTo(true));
            assertSame(groupBy + "=" + key, row, expected.get(key), currency);
        }
        assertSame("totals", answer.getMap("totals"), raw(List.of(), currency).get(List.of()), currency);
    }

    @Test
    void theCellsKeptByEachWriteEqualTheCellsRebuiltFromTheTransactions() throws SQLException {
        data();
        String difference = """
                SELECT count(*) FROM (
                  (SELECT * FROM aggregate_cell WHERE donor_country_code = ? EXCEPT SELECT * FROM aggregate_cell_source WHERE donor_country_code = ?)
                  UNION ALL
                  (SELECT * FROM aggregate_cell_source WHERE donor_country_code = ? EXCEPT SELECT * FROM aggregate_cell WHERE donor_country_code = ?)) d""";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement cells = connection.prepareStatement("SELECT count(*) FROM aggregate_cell WHERE donor_country_code = ?");
             PreparedStatement different = connection.prepareStatement(difference)) {
            cells.setString(1, COUNTRY);
            try (ResultSet rs = cells.executeQuery()) {
                rs.next();
                assertThat("cells of the test data", rs.getLong(1), greaterThan(20L));
            }
            for (int i = 1; i <= 4; i++) {
                different.setString(i, COUNTRY);
            }
            try (ResultSet rs = different.executeQuery()) {
                rs.next();
                assertThat("cells that differ from a rebuild", rs.getLong(1), equalTo(0L));
            }
        }
    }

    /** dimension values as text → projects, organizations, committed, disbursed, from the raw transactions */
    private Map<List<String>, Object[]> raw(List<String> dims, String currency) throws SQLException {
        Map<List<String>, Object[]> rows = RawAggregate.of(dataSource, dims, currency, "donor_country_code = ?", COUNTRY);
        assertThat("raw rows for " + dims, rows.size(), greaterThan(0));
        return rows;
    }
}
