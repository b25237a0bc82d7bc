package vn.ngoaid.aid.aggregate;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.FreshDatabase;
import vn.ngoaid.aid.RegistryStub;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

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
import static vn.ngoaid.aid.Fixtures.implementer;
import static vn.ngoaid.aid.Fixtures.location;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.plan;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.put;
import static vn.ngoaid.aid.Fixtures.sector;
import static vn.ngoaid.aid.Fixtures.standardRates;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * The aggregates answered from the views of migration V6 equal the plain SQL over the raw transactions, after seeded
 * random writes: projects of shared donors over several provinces and sectors, money in three currencies across four
 * years with gaps, corrections, plans in years with and without money, owners of three types and none, and projects
 * whose provinces, sectors, status, donor, plan and owner changed after money was recorded. Every dimension the views keep is asked grouped, grouped by year, filtered, and over year ranges that
 * start and end in gaps; and the views kept write by write equal the views rebuilt from the cells. On a database of
 * its own (a profile of its own, so not the one DemoImportTest's empty system gets), so that whole-database answers
 * see only this data.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(AggregateViewTest.OwnDatabase.class)
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FreshDatabase.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AggregateViewTest {

    public static class OwnDatabase implements io.quarkus.test.junit.QuarkusTestProfile {
    }

    private static final List<String> VIEWED = List.of("province", "sector", "modality", "donorCountry", "donorType",
            "approvalLevel", "status", "ownerType");
    private static final List<Integer[]> RANGES = List.of(new Integer[]{null, null}, new Integer[]{2019, 2020},
            new Integer[]{2020, null}, new Integer[]{null, 2018}, new Integer[]{2019, 2019}, new Integer[]{2021, 2021});
    private static final String[] PROVINCES = {"01", "12", "20", "22"};
    private static final String[] SECTORS = {"11120", "12220", "72010"};
    private static final LocalDate APPROVED = LocalDate.parse("2018-01-10");

    @Inject
    DataSource dataSource;

    private static boolean written;

    @BeforeEach
    void randomWrites() {
        if (written) {
            return;
        }
        standardRates();
        Random random = new Random(20261128);
        List<Map<String, Object>> donors = new ArrayList<>();
        for (String[] org : new String[][]{{"NO", "INGO"}, {"SE", "FOUNDATION"}}) {
            UUID id = UUID.randomUUID();
            for (String province : PROVINCES) {
                RegistryStub.eligible(id, "Donor " + id, org[0], org[1], province, APPROVED);
            }
            donors.add(Map.of("organizationId", id.toString()));
        }
        donors.add(donorOutsideRegistry("Embassy of Japan", "EMBASSY", "JP"));
        donors.add(donorOutsideRegistry("Friends without a country", "OVERSEAS_VIETNAMESE", null));

        List<String> projects = new ArrayList<>();
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            Map<String, Object> body = describe(random, with(project(pick(random, "VND", "USD", "EUR")), "donor",
                    donors.get(random.nextInt(donors.size()))));
            String id = create(body);
            projects.add(id);
            bodies.add(body);
            String currency = (String) body.get("currency");
            int years = 1 + random.nextInt(4);
            for (int t = 0; t < years; t++) {
                int year = 2018 + random.nextInt(4);
                money(id, "COMMITMENT", year + "-03-0" + (1 + t), "1000000", currency);
                String paid = money(id, "DISBURSEMENT", year + "-06-1" + t, String.valueOf(1 + random.nextInt(900)),
                        pick(random, null, currency));
                if (random.nextInt(3) == 0) {
                    correction(id, paid, "DISBURSEMENT", (2018 + random.nextInt(4)) + "-11-20", "-1", null).statusCode(201);
                }
            }
        }
        // moved, re-sectored, started or completed, or given to another donor after the money was recorded
        for (int i = 0; i < 5; i++) {
            int at = random.nextInt(projects.size());
            Map<String, Object> body = describe(random, bodies.get(at));
            String was = (String) bodies.get(at).get("status");
            body = with(body, "status", was.equals("APPROVED") ? "ONGOING" : pick(random, "ONGOING", "COMPLETED"));
            if (random.nextBoolean()) {
                body = with(body, "donor", donors.get(random.nextInt(donors.size())));
            }
            put(projects.get(at), body).statusCode(200);
            bodies.set(at, body);
        }
        written = true;
    }

    @Test
    void theViewsAnswerTheShapesTheyKeep() {
        AggregateFilter none = new AggregateFilter(2019, 2020, null, null, null, null, null, null, null, null, null,
                AggregateFilter.ProvinceVintage.RECORDED);
        assertThat(AggregateQuery.ViewAnswer.of(List.of(Dimension.PROVINCE, Dimension.YEAR), none).isPresent(), equalTo(true));
        assertThat(AggregateQuery.ViewAnswer.of(List.of(Dimension.DONOR_COUNTRY), none).isPresent(), equalTo(true));
        assertThat(AggregateQuery.ViewAnswer.of(List.of(), none).isPresent(), equalTo(true));
        assertThat("two dimensions", AggregateQuery.ViewAnswer.of(List.of(Dimension.PROVINCE, Dimension.SECTOR), none).isPresent(), equalTo(false));
        assertThat("organizations", AggregateQuery.ViewAnswer.of(List.of(Dimension.ORGANIZATION), none).isPresent(), equalTo(false));
        AggregateFilter current = new AggregateFilter(null, null, null, null, null, null, null, null, null, null, null,
                AggregateFilter.ProvinceVintage.CURRENT);
        assertThat("current provinces", AggregateQuery.ViewAnswer.of(List.of(Dimension.PROVINCE), current).isPresent(), equalTo(false));
        assertThat(AggregateQuery.ViewAnswer.of(List.of(Dimension.SECTOR), current).isPresent(), equalTo(true));
    }

    @Test
    void everyViewedAnswerEqualsThePlainSqlOverTheRawTransactions() throws SQLException {
        int compared = 0;
        for (String currency : List.of("USD", "VND")) {
            for (Integer[] range : RANGES) {
                compared += compare(List.of(), Map.of(), range, currency);
                compared += compare(List.of("year"), Map.of(), range, currency);
                for (String dimension : VIEWED) {
                    compared += compare(List.of(dimension), Map.of(), range, currency);
                    compared += compare(List.of(dimension, "year"), Map.of(), range, currency);
                    compared += compare(List.of("year", dimension), Map.of(), range, currency);
                    String value = someValue(dimension);
                    compared += compare(List.of(), Map.of(dimension, value), range, currency);
                    compared += compare(List.of(dimension), Map.of(dimension, value), range, currency);
                    compared += compare(List.of("year"), Map.of(dimension, value), range, currency);
                }
            }
        }
        assertThat("rows compared", compared, greaterThan(1000));
    }

    @Test
    void theViewsKeptWriteByWriteEqualTheViewsRebuiltFromTheCells() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement()) {
            // the rebuild is rolled back whatever happens, so the other tests keep reading the views the writes kept
            connection.setAutoCommit(false);
            try {
                st.execute("CREATE TEMP TABLE kept_money AS SELECT * FROM aggregate_view_money");
                st.execute("CREATE TEMP TABLE kept_count AS SELECT * FROM aggregate_view_count");
                st.execute("CREATE TEMP TABLE kept_presence AS SELECT * FROM aggregate_donor_presence");
                assertThat("kept rows", count(st, "SELECT count(*) FROM kept_count WHERE counted = 'organization'"), greaterThan(20L));
                st.execute("SELECT rebuild_aggregate_views()");
                Map<String, String> tables = Map.of("money", "aggregate_view_money", "count", "aggregate_view_count",
                        "presence", "aggregate_donor_presence");
                for (Map.Entry<String, String> table : tables.entrySet()) {
                    assertThat(table.getValue() + " rows that differ from a rebuild", count(st, """
                            SELECT count(*) FROM ((SELECT * FROM kept_%1$s EXCEPT SELECT * FROM %2$s)
                                                  UNION ALL (SELECT * FROM %2$s EXCEPT SELECT * FROM kept_%1$s)) d"""
                            .formatted(table.getKey(), table.getValue())), equalTo(0L));
                }
            } finally {
                connection.rollback();
            }
        }
    }

    /** Compares one answer with the raw SQL, row by row; returns the number of rows compared, totals included. */
    private int compare(List<String> groupBy, Map<String, String> filter, Integer[] range, String currency) throws SQLException {
        RequestSpecification request = given().config(EXACT).accept(ContentType.JSON).queryParam("currency", currency)
                .queryParams(filter);
        List<String> where = new ArrayList<>(List.of("true"));
        List<Object> params = new ArrayList<>();
        if (!groupBy.isEmpty()) {
            request.queryParam("groupBy", String.join(",", groupBy));
        }
        if (range[0] != null) {
            request.queryParam("fromYear", range[0]);
            where.add("year >= ?");
            params.add(range[0]);
        }
        if (range[1] != null) {
            request.queryParam("toYear", range[1]);
            where.add("year <= ?");
            params.add(range[1]);
        }
        filter.forEach((dimension, value) -> {
            where.add(RawAggregate.COLUMNS.get(dimension) + " = ?");
            params.add(value);
        });
        String question = groupBy + " " + filter + " " + range[0] + "–" + range[1] + " in " + currency;
        JsonPath answer = request.get("/api/v1/aggregates").then().log().ifValidationFails().statusCode(200).extract().jsonPath();
        String condition = String.join(" AND ", where);
        Map<List<String>, Object[]> expected = RawAggregate.of(dataSource, groupBy, currency, condition, params.toArray());
        List<Map<String, Object>> rows = answer.getList("rows");
        if (!groupBy.isEmpty()) {
            assertThat(question + " rows " + rows, rows.size(), equalTo(expected.size()));
        }
        for (Map<String, Object> row : groupBy.isEmpty() ? List.<Map<String, Object>>of() : rows) {
            List<String> key = groupBy.stream().map(d -> String.valueOf(row.get(d))).toList();
            assertThat(question + ": unexpected row " + row + ", expected " + expected.keySet(), expected.containsKey(key), equalTo(true));
            assertSame(question + " " + key, row, expected.get(key), currency);
        }
        Object[] totals = RawAggregate.of(dataSource, List.of(), currency, condition, params.toArray()).get(List.of());
        assertSame(question + " totals", answer.getMap("totals"), totals, currency);
        return rows.size() + 1;
    }

    /** A value of the dimension that some money has, to filter by. */
    private String someValue(String dimension) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT min(" + RawAggregate.COLUMNS.get(dimension) + ") FROM aggregate_cell")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Random provinces (one or two, a shared or an equal split), sectors, modality, approval level, status, plan and
     * owner.
     */
    private static Map<String, Object> describe(Random random, Map<String, Object> body) {
        String first = PROVINCES[random.nextInt(PROVINCES.length)];
        String second = PROVINCES[random.nextInt(PROVINCES.length)];
        body = with(body, "locations", first.equals(second) || random.nextBoolean()
                ? List.of(location(first, null, null))
                : List.of(location(first, null, 70), location(second, null, 30)));
        String sector = SECTORS[random.nextInt(SECTORS.length)];
        String other = SECTORS[random.nextInt(SECTORS.length)];
        body = with(body, "sectors", sector.equals(other) ? List.of(sector(sector, null))
                : List.of(sector(sector, null), sector(other, null)));
        body = with(body, "modality", pick(random, "PROJECT", "NON_PROJECT", "EMERGENCY_RELIEF"));
        body = with(body, "approvalLevel", pick(random, "PROVINCIAL", "CENTRAL"));
        body = with(body, "status", pick(random, "APPROVED", "ONGOING"));
        body = with(body, "approvalDecision", decision(APPROVED.toString()));
        // planned in up to three of the four years, with money or not
        List<Map<String, Object>> plan = new ArrayList<>();
        for (int year = 2018; year <= 2021; year++) {
            if (random.nextInt(4) < 3 && plan.size() < 3) {
                plan.add(plan(year, String.valueOf(random.nextInt(2_000_000))));
            }
        }
        body = with(body, "plannedDisbursements", random.nextInt(4) == 0 ? null : plan);
        String owner = pick(random, null, "DISTRICT", "PROVINCIAL_DEPARTMENT", "MASS_ORGANIZATION");
        body = with(body, "implementers", owner == null ? null : List.of(implementer("Owner", owner, "PROJECT_OWNER")));
        return with(with(body, "startDate", "2018-02-01"), "endDate", null);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
