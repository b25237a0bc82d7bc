package vn.ngoaid.aid.rate;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ngoaid.aid.RegistryStub;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.ngoaid.aid.Fixtures.EXACT;
import static vn.ngoaid.aid.Fixtures.api;
import static vn.ngoaid.aid.Fixtures.assertInvalid;
import static vn.ngoaid.aid.Fixtures.assertProblem;
import static vn.ngoaid.aid.Fixtures.decimal;
import static vn.ngoaid.aid.Fixtures.standardRates;

/**
 * Annual exchange rates: PUT creates or replaces, GET one and the paged list. Rates are global, so the tests that
 * create one pick a year and currency that has none yet (years after 2050 of currencies no other test uses).
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ExchangeRateTest {

    private static final List<String> CURRENCIES = List.of("MNT", "LAK", "KHR", "THB", "MMK", "BDT", "NPR", "LKR");
    private static final Random RANDOM = new Random();

    private record Pair(int year, String currency) {
        String path() {
            return "/api/v1/exchange-rates/" + year + "/" + currency;
        }
    }

    /** A year and currency without a rate. */
    private static Pair freshPair() {
        for (int i = 0; i < 100; i++) {
            Pair pair = new Pair(2051 + RANDOM.nextInt(50), CURRENCIES.get(RANDOM.nextInt(CURRENCIES.size())));
            if (given().get(pair.path()).then().extract().statusCode() == 404) {
                return pair;
            }
        }
        throw new IllegalStateException("no free year and currency left");
    }

    private static ValidatableResponse put(String path, Object body) {
        return api().body(body).put(path).then();
    }

    @Test
    void aRateShowsWhoRecordedItFirstAndLast() {
        Pair pair = freshPair();
        String first = "coordinator-" + vn.ngoaid.aid.Fixtures.token();
        String second = "coordinator-" + vn.ngoaid.aid.Fixtures.token();
        given().header("Authorization", "Bearer " + vn.ngoaid.devtoken.DevTokens.issue(first, List.of("coordinator"), null,
                        java.time.Duration.ofMinutes(5)))
                .contentType(ContentType.JSON).body(Map.of("unitsPerUsd", 7)).put(pair.path()).then().statusCode(201)
                .body("createdBy", equalTo(first)).body("updatedBy", equalTo(first));
        given().header("Authorization", "Bearer " + vn.ngoaid.devtoken.DevTokens.issue(second, List.of("coordinator"), null,
                        java.time.Duration.ofMinutes(5)))
                .contentType(ContentType.JSON).body(Map.of("unitsPerUsd", 8)).put(pair.path()).then().statusCode(200)
                .body("createdBy", equalTo(first)).body("updatedBy", equalTo(second));
    }

    @Test
    void putCreatesWith201AndLocationThenReplacesWith200() {
        Pair pair = freshPair();
        String location = put(pair.path(), Map.of("unitsPerUsd", new BigDecimal("4150.25"))).statusCode(201)
                .contentType(ContentType.JSON)
                .body("year", equalTo(pair.year()))
                .body("currency", equalTo(pair.currency()))
                .body("unitsPerUsd", decimal("4150.25"))
                .extract().header("Location");
        assertThat(location, endsWith(pair.path()));
        given().config(EXACT).get(location).then().statusCode(200).body("unitsPerUsd", decimal("4150.25"));

        put(pair.path(), Map.of("unitsPerUsd", new BigDecimal("4200.0000000001"))).statusCode(200)
                .body("year", equalTo(pair.year()))
                .body("unitsPerUsd", decimal("4200.0000000001"));
        given().config(EXACT).get(pair.path()).then().statusCode(200)
                .body("currency", equalTo(pair.currency()))
                .body("unitsPerUsd", decimal("4200.0000000001"));
        given().queryParam("year", pair.year()).queryParam("currency", pair.currency()).get("/api/v1/exchange-rates").then()
                .statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void getOneRate() {
        standardRates();
        given().config(EXACT).get("/api/v1/exchange-rates/2020/EUR").then().statusCode(200)
                .body("year", equalTo(2020))
                .body("currency", equalTo("EUR"))
                .body("unitsPerUsd", decimal("0.875"));
    }

    @Test
    void getOfARateNobodySetIs404() {
        assertProblem(given().get("/api/v1/exchange-rates/2099/XOF").then(), 404)
                .body("type", equalTo("urn:problem:ngo-aid:not-found"));
    }

    @Test
    void usdTakesNoRate() {
        assertInvalid(put("/api/v1/exchange-rates/2020/USD", Map.of("unitsPerUsd", 1)), "currency");
    }

    @ParameterizedTest(name = "currency {0} → 400")
    @ValueSource(strings = {"ZZZ", "eur", "EURO", "E1"})
    void unknownCurrencyIs400(String currency) {
        assertInvalid(put("/api/v1/exchange-rates/2020/" + currency, Map.of("unitsPerUsd", 1)), "currency");
        assertInvalid(given().get("/api/v1/exchange-rates/2020/" + currency).then(), "currency");
    }

    @ParameterizedTest(name = "year {0} → 400")
    @ValueSource(ints = {1800, 1944, 2101})
    void yearOutOfBoundsIs400(int year) {
        assertInvalid(put("/api/v1/exchange-rates/" + year + "/EUR", Map.of("unitsPerUsd", 1)), "year");
        assertInvalid(given().queryParam("year", year).get("/api/v1/exchange-rates").then(), "year");
    }

    @ParameterizedTest(name = "unitsPerUsd {0} → 400")
    @ValueSource(strings = {"0", "-1", "-0.0001", "0.00000000001", "123456789012345"})
    void badRateIs400(String value) {
        Pair pair = freshPair();
        assertInvalid(put(pair.path(), Map.of("unitsPerUsd", new BigDecimal(value))), "unitsPerUsd");
        given().get(pair.path()).then().statusCode(404);
    }

    @ParameterizedTest(name = "body {0} → 400")
    @CsvSource(delimiter = '|', value = {"{}|unitsPerUsd", "{\"unitsPerUsd\": \"much\"}|unitsPerUsd",
            "{\"unitsPerUsd\": 1, \"source\": \"SBV\"}|source"})
    void badBodyIs400(String body, String field) {
        assertInvalid(put(freshPair().path(), body), field);
    }

    @Test
    void listFiltersByYearAndCurrencyAndPages() {
        int year = 0;
        for (int i = 0; i < 100 && year == 0; i++) {
            int candidate = 2051 + RANDOM.nextInt(50);
            if ((int) given().queryParam("year", candidate).get("/api/v1/exchange-rates").then().extract().path("totalItems") == 0) {
                year = candidate;
            }
        }
        String path = "/api/v1/exchange-rates/" + year + "/";
        put(path + "MNT", Map.of("unitsPerUsd", new BigDecimal("3400"))).statusCode(201);
        put(path + "LAK", Map.of("unitsPerUsd", new BigDecimal("21000.5"))).statusCode(201);
        put(path + "KHR", Map.of("unitsPerUsd", new BigDecimal("4100"))).statusCode(201);

        given().config(EXACT).queryParam("year", year).get("/api/v1/exchange-rates").then().statusCode(200)
                .body("items.currency", equalTo(List.of("KHR", "LAK", "MNT")))
                .body("items.year", equalTo(List.of(year, year, year)))
                .body("items[1].unitsPerUsd", decimal("21000.5"))
                .body("totalItems", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("totalPages", equalTo(1));
        given().queryParam("currency", "LAK").queryParam("year", year).get("/api/v1/exchange-rates").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].year", equalTo(year)).body("items[0].currency", equalTo("LAK"));
        given().queryParam("year", year).queryParam("size", 2).queryParam("page", 1).get("/api/v1/exchange-rates").then()
                .statusCode(200)
                .body("items.currency", equalTo(List.of("MNT")))
                .body("page", equalTo(1))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        given().queryParam("year", year).queryParam("sort", "currency,desc").get("/api/v1/exchange-rates").then()
                .statusCode(200).body("items.currency", equalTo(List.of("MNT", "LAK", "KHR")));
        // without a year: by year, then currency
        standardRates();
        List<Integer> years = given().queryParam("currency", "EUR").queryParam("size", 200).get("/api/v1/exchange-rates")
                .then().statusCode(200).extract().path("items.year");
        assertThat(years.containsAll(List.of(2018, 2019, 2020, 2021)), equalTo(true));
        assertThat(years, equalTo(years.stream().sorted().toList()));
    }

    @ParameterizedTest(name = "{0}={1} → 400")
    @CsvSource({"size, 201", "page, -1", "sort, unitsPerUsd", "currency, ZZZ", "year, twenty"})
    void badListParameterIs400(String parameter, String value) {
        assertInvalid(given().queryParam(parameter, value).get("/api/v1/exchange-rates").then(), parameter);
    }
}
