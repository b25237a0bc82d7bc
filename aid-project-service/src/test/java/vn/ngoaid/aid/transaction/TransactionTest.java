package vn.ngoaid.aid.transaction;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ngoaid.aid.RegistryStub;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.ngoaid.aid.Fixtures.EXACT;
import static vn.ngoaid.aid.Fixtures.assertInvalid;
import static vn.ngoaid.aid.Fixtures.assertProblem;
import static vn.ngoaid.aid.Fixtures.assertRuleBroken;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.decimal;
import static vn.ngoaid.aid.Fixtures.decision;
import static vn.ngoaid.aid.Fixtures.getProject;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.post;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.put;
import static vn.ngoaid.aid.Fixtures.standardRate;
import static vn.ngoaid.aid.Fixtures.standardRates;
import static vn.ngoaid.aid.Fixtures.transaction;
import static vn.ngoaid.aid.Fixtures.transactionBody;
import static vn.ngoaid.aid.Fixtures.transactionCount;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * Commitments and disbursements: the stored transaction, the running totals of the project in its own currency
 * (other currencies at their year's rates), the disbursement guard, and the project status rules for new money.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TransactionTest {

    @BeforeEach
    void rates() {
        standardRates();
    }

    private static ValidatableResponse totals(String projectId) {
        return getProject(projectId).statusCode(200);
    }

    @Test
    void commitmentThenDisbursementAre201WithLocationAndTheStoredTransaction() {
        String id = create(project("USD"));
        ExtractableResponse<Response> commitment = post("/api/v1/projects/" + id + "/transactions",
                with(transactionBody("COMMITMENT", "2019-06-01", "1000", "USD"), "description", "Grant agreement signed"))
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("projectId", equalTo(id))
                .body("type", equalTo("COMMITMENT"))
                .body("date", equalTo("2019-06-01"))
                .body("amount", decimal("1000"))
                .body("currency", equalTo("USD"))
                .body("description", equalTo("Grant agreement signed"))
                .body("correctsTransactionId", nullValue())
                .body("createdAt", notNullValue())
                .extract();
        String commitmentId = commitment.path("id");
        assertThat(commitment.header("Location"), endsWith("/api/v1/projects/" + id + "/transactions/" + commitmentId));
        given().config(EXACT).get(commitment.header("Location")).then().statusCode(200)
                .body("id", equalTo(commitmentId))
                .body("amount", decimal("1000"))
                .body("createdAt", equalTo(commitment.path("createdAt")));

        // currency defaults to the project's
        transaction(id, "DISBURSEMENT", "2019-09-30", "250", null).statusCode(201)
                .body("type", equalTo("DISBURSEMENT"))
                .body("currency", equalTo("USD"))
                .body("amount", decimal("250"));
        totals(id)
                .body("totals.committed", decimal("1000.00"))
                .body("totals.disbursed", decimal("250.00"))
                .body("totals.currency", equalTo("USD"))
                .body("totals.disbursementRate", decimal("0.2500"));
    }

    @Test
    void amountsKeepTheirExactDecimals() {
        String id = create(project("USD"));
        transaction(id, "COMMITMENT", "2019-06-01", "1234567890123.4567", null).statusCode(201)
                .body("amount", decimal("1234567890123.4567"));
        transaction(id, "DISBURSEMENT", "2019-06-02", "0.0001", null).statusCode(201).body("amount", decimal("0.0001"));
        // shown rounded half-even to the cent
        totals(id).body("totals.committed", decimal("1234567890123.46"))
                .body("totals.disbursed", decimal("0.00"))
                .body("totals.disbursementRate", decimal("0.0000"));
    }

    @Test
    void disbursementOverCommitmentIs422AndStoresNothing() {
        String id = create(project("USD"));
        money(id, "COMMITMENT", "2019-06-01", "1000", null);
        money(id, "DISBURSEMENT", "2019-07-01", "600", null);
        assertRuleBroken(transaction(id, "DISBURSEMENT", "2019-08-01", "400.01", null))
                .body("detail", containsString("1000.01"));
        assertThat(transactionCount(id), equalTo(2));
        totals(id).body("totals.disbursed", decimal("600.00")).body("totals.disbursementRate", decimal("0.6000"));
        // exactly up to the commitment is allowed
        money(id, "DISBURSEMENT", "2019-08-01", "400", null);
        totals(id).body("totals.disbursed", decimal("1000.00")).body("totals.disbursementRate", decimal("1.0000"));
    }

    @Test
    void disbursementWithoutAnyCommitmentIs422() {
        String id = create(project());
        assertRuleBroken(transaction(id, "DISBURSEMENT", "2019-08-01", "1", null));
        assertThat(transactionCount(id), equalTo(0));
    }

    @Test
    void aTransactionInAnotherCurrencyCountsAtTheRatesOfItsOwnYear() {
        // project in USD: a EUR commitment of 2020 counts amount / EUR(2020)
        String usd = create(project("USD"));
        money(usd, "COMMITMENT", "2020-03-01", "700", "EUR");   // 700 / 0.875 = 800 USD
        money(usd, "COMMITMENT", "2019-03-01", "200", "USD");
        totals(usd).body("totals.committed", decimal("1000.00")).body("totals.currency", equalTo("USD"));
        money(usd, "DISBURSEMENT", "2021-01-15", "100", "EUR"); // 100 / 0.85 = 117.647058… USD
        BigDecimal disbursed = new BigDecimal("100").divide(standardRate("EUR", 2021), MathContext.DECIMAL128);
        totals(usd).body("totals.disbursed", decimal(disbursed.setScale(2, RoundingMode.HALF_EVEN)))
                .body("totals.disbursed", decimal("117.65"))
                .body("totals.disbursementRate", decimal(disbursed.divide(new BigDecimal("1000"), 4, RoundingMode.HALF_EVEN)))
                .body("totals.disbursementRate", decimal("0.1176"));
        // the guard compares in the project's currency: 800 + 200 - 117.647… = 882.352… USD are left
        assertRuleBroken(transaction(usd, "DISBURSEMENT", "2019-05-01", "882.36", "USD"));
        money(usd, "DISBURSEMENT", "2019-05-01", "882.35", "USD");
        totals(usd).body("totals.disbursed", decimal("1000.00")).body("totals.disbursementRate", decimal("1.0000"));

        // project in VND: a USD commitment of 2019 counts amount * VND(2019); a JPY one of 2020 via the dollar
        String vnd = create(project("VND"));
        money(vnd, "COMMITMENT", "2019-06-01", "1000", "USD");      // 1000 * 23000
        money(vnd, "COMMITMENT", "2020-06-01", "10680", "JPY");     // 10680 / 106.8 * 23500 = 2350000
        money(vnd, "DISBURSEMENT", "2020-07-01", "5000000", null);
        totals(vnd).body("totals.committed", decimal("25350000"))
                .body("totals.disbursed", decimal("5000000"))
                .body("totals.currency", equalTo("VND"))
                .body("totals.disbursementRate", decimal("0.1972"));
    }

    @Test
    void totalsAreRoundedHalfEvenToTheProjectCurrencysMinorUnit() {
        // JPY has no minor unit: 10.005 USD × 109 (2019) = 1090.545 → 1091; 0.5 JPY more → 1091.045 → 1091
        String jpy = create(project("JPY"));
        money(jpy, "COMMITMENT", "2019-06-01", "10.005", "USD");
        totals(jpy).body("totals.committed", decimal("1091")).body("totals.currency", equalTo("JPY"));
        money(jpy, "COMMITMENT", "2019-06-02", "0.5", null);
        totals(jpy).body("totals.committed", decimal("1091"));
        // USD: 0.125 + 0.01 = 0.135 → 0.14 (half-even: 3 is odd); 0.125 alone → 0.12
        String usd = create(project("USD"));
        money(usd, "COMMITMENT", "2019-06-01", "0.125", null);
        totals(usd).body("totals.committed", decimal("0.12"));
        money(usd, "COMMITMENT", "2019-06-01", "0.01", null);
        totals(usd).body("totals.committed", decimal("0.14"));
    }

    @Test
    void aMissingRateIs422NamingCurrencyAndYearAndStoresNothing() {
        String usd = create(project("USD"));
        assertRuleBroken(transaction(usd, "COMMITMENT", "2019-06-01", "1000", "XOF"))
                .body("detail", containsString("XOF in 2019"));
        String vnd = create(project("VND"));
        assertRuleBroken(transaction(vnd, "COMMITMENT", "2041-06-01", "1000", "USD"))
                .body("detail", containsString("VND in 2041"));
        assertThat(transactionCount(usd), equalTo(0));
        assertThat(transactionCount(vnd), equalTo(0));
    }

    @Test
    void newMoneyOnAProposedProjectIs422UntilItIsApproved() {
        Map<String, Object> body = with(with(project(), "status", "PROPOSED"), "approvalDecision", null);
        String id = create(body);
        assertRuleBroken(transaction(id, "COMMITMENT", "2019-06-01", "1000000", null))
                .body("detail", containsString("PROPOSED"));
        assertThat(transactionCount(id), equalTo(0));
        put(id, with(with(body, "status", "APPROVED"), "approvalDecision", decision("2019-04-22"))).statusCode(200);
        money(id, "COMMITMENT", "2019-06-01", "1000000", null);
        totals(id).body("totals.committed", decimal("1000000"));
    }

    @Test
    void aCancelledProjectTakesNoNewMoneyButTakesCorrections() {
        Map<String, Object> body = project();
        String id = create(body);
        String commitment = money(id, "COMMITMENT", "2019-06-01", "1000000", null);
        put(id, with(with(body, "status", "CANCELLED"), "approvalDecision", null)).statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertRuleBroken(transaction(id, "COMMITMENT", "2019-07-01", "500000", null)).body("detail", containsString("CANCELLED"));
        vn.ngoaid.aid.Fixtures.correction(id, commitment, "COMMITMENT", "2019-07-01", "-1000000", null).statusCode(201);
        totals(id).body("totals.committed", decimal("0")).body("totals.disbursementRate", nullValue());
    }

    @Test
    void aProjectCreatedWithItsDecisionAndNoStatusIsApprovedAndTakesACommitmentAtOnce() {
        String id = create(with(project(), "status", null));
        money(id, "COMMITMENT", "2019-06-01", "1000", null);
        totals(id).body("status", equalTo("APPROVED")).body("totals.committed", decimal("1000"));
    }

    @ParameterizedTest(name = "new money on a {0} project is accepted")
    @CsvSource({"APPROVED", "ONGOING", "SUSPENDED", "COMPLETED"})
    void newMoneyOnApprovedStagesIsAccepted(String status) {
        String id = create(with(project(), "status", status));
        money(id, "COMMITMENT", "2019-06-01", "1000", null);
    }

    @Test
    void transactionOfAnUnknownProjectIs404() {
        assertProblem(transaction(UUID.randomUUID().toString(), "COMMITMENT", "2019-06-01", "1", null), 404);
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"date\": \"2019-06-01\", \"amount\": 1}|type",
            "{\"type\": \"GRANT\", \"date\": \"2019-06-01\", \"amount\": 1}|type",
            "{\"type\": \"COMMITMENT\", \"amount\": 1}|date",
            "{\"type\": \"COMMITMENT\", \"date\": \"2019-13-01\", \"amount\": 1}|date",
            "{\"type\": \"COMMITMENT\", \"date\": \"2019-06-01\"}|amount",
            "{\"type\": \"COMMITMENT\", \"date\": \"2019-06-01\", \"amount\": \"lots\"}|amount",
            "{\"type\": \"COMMITMENT\", \"date\": \"2019-06-01\", \"amount\": 1.00001}|amount",
            "{\"type\": \"COMMITMENT\", \"date\": \"2019-06-01\", \"amount\": 0}|amount",
            "{\"type\": \"COMMITMENT\", \"date\": \"2019-06-01\", \"amount\": -5}|amount",
            "{\"type\": \"COMMITMENT\", \"date\": \"2019-06-01\", \"amount\": 1, \"currency\": \"ZZZ\"}|currency",
            "{\"type\": \"COMMITMENT\", \"date\": \"2019-06-01\", \"amount\": 1, \"payee\": \"x\"}|payee"})
    void badTransactionIs400NamingTheFieldAndStoresNothing(String json, String field) {
        String id = create(project());
        assertInvalid(given().contentType(ContentType.JSON).body(json).post("/api/v1/projects/" + id + "/transactions").then(), field);
        assertThat(transactionCount(id), equalTo(0));
    }

    @ParameterizedTest(name = "{0} on a transaction is 405")
    @CsvSource({"PUT", "DELETE", "PATCH"})
    void transactionsCannotBeChangedOrDeleted(String method) {
        String id = create(project());
        String commitment = money(id, "COMMITMENT", "2019-06-01", "1000", null);
        given().contentType(ContentType.JSON).body(transactionBody("COMMITMENT", "2019-06-01", "1", null))
                .request(method, "/api/v1/projects/" + id + "/transactions/" + commitment).then()
                .statusCode(405);
        given().request(method, "/api/v1/projects/" + id + "/transactions").then().statusCode(405);
        assertThat(transactionCount(id), equalTo(1));
        totals(id).body("totals.committed", decimal("1000"));
    }

    @Test
    void getOneTransactionAnd404WhenItBelongsToAnotherProject() {
        String id = create(project());
        String other = create(project());
        String commitment = money(id, "COMMITMENT", "2019-06-01", "1000", null);
        given().config(EXACT).get("/api/v1/projects/" + id + "/transactions/" + commitment).then().statusCode(200)
                .body("id", equalTo(commitment)).body("projectId", equalTo(id)).body("currency", equalTo("VND"));
        assertProblem(given().get("/api/v1/projects/" + other + "/transactions/" + commitment).then(), 404);
        assertProblem(given().get("/api/v1/projects/" + id + "/transactions/" + UUID.randomUUID()).then(), 404);
    }

    @Test
    void listPagesSortsAndFiltersByType() {
        String id = create(project());
        String c1 = money(id, "COMMITMENT", "2019-06-01", "3000", null);
        String d1 = money(id, "DISBURSEMENT", "2019-08-01", "1000", null);
        String c2 = money(id, "COMMITMENT", "2019-07-01", "2000", null);
        String d2 = money(id, "DISBURSEMENT", "2020-01-01", "500", null);
        String path = "/api/v1/projects/" + id + "/transactions";

        given().config(EXACT).get(path).then().statusCode(200)
                .body("items.id", equalTo(List.of(c1, c2, d1, d2)))
                .body("page", equalTo(0)).body("size", equalTo(20))
                .body("totalItems", equalTo(4)).body("totalPages", equalTo(1));
        given().queryParam("type", "DISBURSEMENT").get(path).then().statusCode(200)
                .body("items.id", equalTo(List.of(d1, d2))).body("totalItems", equalTo(2));
        given().queryParam("type", "COMMITMENT").queryParam("sort", "amount,asc").get(path).then().statusCode(200)
                .body("items.id", equalTo(List.of(c2, c1)));
        given().queryParam("sort", "date,desc").queryParam("size", 3).get(path).then().statusCode(200)
                .body("items.id", equalTo(List.of(d2, d1, c2))).body("totalPages", equalTo(2));
        given().queryParam("sort", "date,desc").queryParam("size", 3).queryParam("page", 1).get(path).then().statusCode(200)
                .body("items.id", equalTo(List.of(c1))).body("page", equalTo(1));
        given().queryParam("fromDate", "2019-07-01").queryParam("toDate", "2019-12-31").get(path).then().statusCode(200)
                .body("items.id", equalTo(List.of(c2, d1)));
        assertInvalid(given().queryParam("sort", "description").get(path).then(), "sort");
        assertInvalid(given().queryParam("size", 201).get(path).then(), "size");
        assertInvalid(given().queryParam("page", -1).get(path).then(), "page");
        assertInvalid(given().queryParam("type", "REFUND").get(path).then(), "type");
        assertInvalid(given().queryParam("fromDate", "yesterday").get(path).then(), "fromDate");
    }

    @Test
    void listOfAnUnknownProjectIs404() {
        assertProblem(given().get("/api/v1/projects/" + UUID.randomUUID() + "/transactions").then(), 404);
    }

    @Test
    void emptyListForAProjectWithoutMoney() {
        String id = create(project());
        given().get("/api/v1/projects/" + id + "/transactions").then().statusCode(200)
                .body("items", hasSize(0)).body("totalItems", equalTo(0)).body("totalPages", equalTo(0));
    }
}
