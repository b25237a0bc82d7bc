package vn.ngoaid.aid.aggregate;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.ngoaid.aid.Fixtures.EXACT;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.donorOutsideRegistry;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.rate;
import static vn.ngoaid.aid.Fixtures.token;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * Answers kept between writes: a repeated question is answered from the cache with the same tag, and every write the
 * aggregates read, made through this service or straight into the database as another replica would, gives a new tag
 * and an answer that includes it. Each test isolates its figures by a donor country no other test uses.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AnswerCacheTest {

    @Inject
    DataSource dataSource;
    @Inject
    MeterRegistry meters;

    private static ExtractableResponse<Response> aggregates(String country, String currency, String ifNoneMatch) {
        var request = given().config(EXACT).accept(ContentType.JSON).queryParam("groupBy", "province,year")
                .queryParam("donorCountry", country).queryParam("currency", currency);
        if (ifNoneMatch != null) {
            request = request.header("If-None-Match", ifNoneMatch);
        }
        return request.get("/api/v1/aggregates").then().log().ifValidationFails().extract();
    }

    private static BigDecimal committed(ExtractableResponse<Response> answer) {
        return answer.jsonPath().getObject("totals.committed", BigDecimal.class);
    }

    private double fromCache() {
        return meters.counter("aid.aggregate.answers", "source", "cache").count();
    }

    /** A USD project in province 12 of a donor of the country, with a commitment of the amount in 2019. */
    private static String projectCommitting(String country, String amount) {
        String id = create(with(project("USD"), "donor", donorOutsideRegistry("Quỹ " + token(), "EMBASSY", country)));
        money(id, "COMMITMENT", "2019-06-01", amount, "USD");
        return id;
    }

    @Test
    void aRepeatedQuestionIsAnsweredFromTheCacheUntilAWriteChangesIt() {
        String project = projectCommitting("MN", "1000");

        ExtractableResponse<Response> first = aggregates("MN", "USD", null);
        assertEquals(200, first.statusCode());
        assertEquals(0, new BigDecimal("1000.00").compareTo(committed(first)));
        String tag = first.header("ETag");

        double cached = fromCache();
        ExtractableResponse<Response> again = aggregates("MN", "USD", null);
        assertEquals(tag, again.header("ETag"));
        assertArrayEquals(first.asByteArray(), again.asByteArray());
        assertEquals(cached + 1, fromCache(), "the repeated question is answered from the cache");

        ExtractableResponse<Response> unchanged = aggregates("MN", "USD", tag);
        assertEquals(304, unchanged.statusCode());
        assertEquals(tag, unchanged.header("ETag"));
        assertEquals(0, unchanged.asByteArray().length);

        money(project, "DISBURSEMENT", "2019-09-01", "400", "USD");
        ExtractableResponse<Response> changed = aggregates("MN", "USD", tag);
        assertEquals(200, changed.statusCode(), "a write makes the tag sent stale");
        assertNotEquals(tag, changed.header("ETag"));
        assertEquals(0, new BigDecimal("400.00").compareTo(changed.jsonPath().getObject("totals.disbursed", BigDecimal.class)));
        assertEquals(200, aggregates("MN", "USD", "W/\"0\", " + tag).statusCode());
        assertEquals(304, aggregates("MN", "USD", "W/\"0\", " + changed.header("ETag")).statusCode());
    }

    @Test
    void aWriteStraightIntoTheDatabaseIsSeenAsAnotherReplicasWouldBe() throws SQLException {
        projectCommitting("BT", "1000");
        // CHF is a currency no other test rates: written here through the API, then changed behind its back
        rate(2019, "CHF", "0.9");
        try {
            ExtractableResponse<Response> before = aggregates("BT", "CHF", null);
            assertEquals(0, new BigDecimal("900.00").compareTo(committed(before)));
            assertEquals(before.header("ETag"), aggregates("BT", "CHF", null).header("ETag"));

            execute("UPDATE exchange_rate SET units_per_usd = 1.1 WHERE year = 2019 AND currency = 'CHF'");
            ExtractableResponse<Response> after = aggregates("BT", "CHF", before.header("ETag"));
            assertEquals(200, after.statusCode());
            assertNotEquals(before.header("ETag"), after.header("ETag"));
            assertEquals(0, new BigDecimal("1100.00").compareTo(committed(after)));
        } finally {
            execute("DELETE FROM exchange_rate WHERE currency = 'CHF'");
        }
        assertEquals(422, aggregates("BT", "CHF", null).statusCode(), "a missing rate is refused, not answered from the cache");
    }

    @Test
    void anEmptiedCountStartsANewEpochAndCountsAgain() throws SQLException {
        String project = projectCommitting("FJ", "1000");
        ExtractableResponse<Response> before = aggregates("FJ", "USD", null);

        execute("TRUNCATE aggregate_generation");
        ExtractableResponse<Response> emptied = aggregates("FJ", "USD", before.header("ETag"));
        assertEquals(200, emptied.statusCode(), "a new epoch: the tag sent is stale");
        assertNotEquals(before.header("ETag"), emptied.header("ETag"));
        assertArrayEquals(before.asByteArray(), emptied.asByteArray());

        money(project, "COMMITMENT", "2019-07-01", "500", "USD");
        ExtractableResponse<Response> written = aggregates("FJ", "USD", emptied.header("ETag"));
        assertEquals(200, written.statusCode(), "the writes count again in the rows they bring back");
        assertEquals(0, new BigDecimal("1500.00").compareTo(committed(written)));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
