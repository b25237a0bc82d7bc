package vn.ngoaid.aid.export;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;
import vn.ngoaid.common.testing.CsvText;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ngoaid.aid.Fixtures.EXACT;
import static vn.ngoaid.aid.Fixtures.assertInvalid;
import static vn.ngoaid.aid.Fixtures.correction;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.donorOutsideRegistry;
import static vn.ngoaid.aid.Fixtures.location;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.sector;
import static vn.ngoaid.aid.Fixtures.standardRates;
import static vn.ngoaid.aid.Fixtures.token;
import static vn.ngoaid.aid.Fixtures.with;

/** CSV exports of aid-project-service: the shared project and transaction formats, filters, quoting, aggregates. */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CsvExportTest {

    /** The projects format shared with the CSV import; pinned so that an export can always be imported again. */
    static final String PROJECT_HEADER = "code,title,localTitle,donorOrganizationId,donorName,donorType,donorCountryCode,"
            + "modality,sectors,locations,approvalLevel,approvalDecisionNumber,approvalDecisionDate,approvalDecisionAuthority,"
            + "startDate,endDate,status,currency,partnerLocalityId,plannedDisbursements,implementers,"
            + "id,committed,disbursed,totalsCurrency,disbursementRate,createdAt,createdBy,updatedAt,updatedBy";
    static final String TRANSACTION_HEADER = "projectCode,type,date,amount,currency,description,correctsTransactionId,"
            + "id,projectId,createdAt,createdBy";

    private static Response csv(String path, Object... params) {
        var request = given().config(EXACT).accept("text/csv");
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        Response response = request.get(path);
        response.then().log().ifValidationFails().statusCode(200).contentType("text/csv; charset=UTF-8");
        return response;
    }

    private static String text(Response response) {
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void projectsCsvHasTheSharedHeaderAndOnlyTheFilteredRowsWithTrickyTextIntact() {
        String token = token();
        String tricky = "Trường \"Bản Lang\", Phong Thổ\r\ngiai đoạn 2 " + token;
        Map<String, Object> a = with(project(), "code", "A-" + token);
        a = with(a, "title", tricky);
        a = with(a, "localTitle", "=HYPERLINK(\"http://evil\") " + token);
        a = with(a, "modality", "NON_PROJECT");
        a = with(a, "sectors", List.of(sector("12220", 60), sector("11220", 40)));
        a = with(a, "locations", List.of(location("12", "Phong Thổ", 70), location("20", null, 30)));
        a = with(a, "donor", donorOutsideRegistry("Kiều bào Pháp, " + token, "OVERSEAS_VIETNAMESE", "FR"));
        a = with(a, "plannedDisbursements", List.of(Map.of("year", 2020, "amount", 2000000000),
                Map.of("year", 2019, "amount", new BigDecimal("1500000000.50"))));
        a = with(a, "implementers", List.of(
                Map.of("name", "Phong Tho DPC: PMU | unit \\ 1, Lai Chau; \"A\"", "localName", "Ủy ban nhân dân huyện Phong Thổ",
                        "type", "DISTRICT", "role", "PROJECT_OWNER"),
                Map.of("name", "=Women's Union", "type", "MASS_ORGANIZATION", "role", "IMPLEMENTING")));
        String idA = create(a);
        money(idA, "COMMITMENT", "2019-05-02", "1000000", "VND");
        create(with(with(project(), "code", "B-" + token), "title", "Other " + token));

        Response response = csv("/api/v1/projects", "q", token, "modality", "NON_PROJECT");
        assertThat(response.header("Content-Disposition"), is("attachment; filename=\"projects.csv\""));
        String body = text(response);
        assertThat(CsvText.lines(body).get(0), is(List.of(PROJECT_HEADER.split(","))));
        List<Map<String, String>> rows = CsvText.rows(body);
        assertEquals(1, rows.size(), body);
        Map<String, String> row = rows.get(0);
        assertThat(row.get("code"), is("A-" + token));
        assertThat(row.get("title"), is(tricky));
        assertThat(row.get("localTitle"), is("'=HYPERLINK(\"http://evil\") " + token));
        assertThat(row.get("donorOrganizationId"), is(""));
        assertThat(row.get("donorName"), is("Kiều bào Pháp, " + token));
        assertThat(row.get("donorType"), is("OVERSEAS_VIETNAMESE"));
        assertThat(row.get("donorCountryCode"), is("FR"));
        assertThat(row.get("modality"), is("NON_PROJECT"));
        assertThat(row.get("sectors"), is("12220:60|11220:40"));
        assertThat(row.get("locations"), is("12/Phong Thổ:70|20:30"));
        // by year; a backslash before | : \ in a name, the CSV quoting takes care of commas and quotes
        assertThat(row.get("plannedDisbursements"), is("2019:1500000000.5|2020:2000000000"));
        assertThat(row.get("implementers"), is("PROJECT_OWNER:DISTRICT:Phong Tho DPC\\: PMU \\| unit \\\\ 1, Lai Chau; \"A\""
                + ":Ủy ban nhân dân huyện Phong Thổ|IMPLEMENTING:MASS_ORGANIZATION:=Women's Union"));
        assertThat(row.get("approvalDecisionNumber"), is("512/QĐ-UBND"));
        assertThat(row.get("approvalDecisionDate"), is("2019-04-22"));
        assertThat(row.get("status"), is("APPROVED"));
        assertThat(row.get("id"), is(idA));
        assertThat(row.get("committed"), is("1000000"));
        assertThat(row.get("disbursed"), is("0"));
        assertThat(row.get("totalsCurrency"), is("VND"));
        assertThat(row.get("disbursementRate"), is("0.0000"));
    }

    @Test
    void csvIgnoresPagingButKeepsTheSortAndTheJsonStaysTheDefault() {
        String token = token();
        for (String code : List.of("C", "A", "B")) {
            create(with(with(project(), "code", code + "-" + token), "title", "Sorted " + token));
        }
        List<Map<String, String>> rows = CsvText.rows(text(csv("/api/v1/projects", "q", token, "size", 1, "page", 0,
                "sort", "code,desc")));
        assertThat(rows.stream().map(r -> r.get("code")).toList(), is(List.of("C-" + token, "B-" + token, "A-" + token)));
        given().queryParam("q", token).get("/api/v1/projects").then().statusCode(200)
                .contentType(ContentType.JSON).body("totalItems", equalTo(3));
        given().accept("text/csv;q=0.5, application/json").queryParam("q", token).get("/api/v1/projects").then()
                .statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void formatParameterIsStrictAndBomIsOptional() {
        String token = token();
        create(with(with(project(), "code", "F-" + token), "title", "Format " + token));
        String plain = given().queryParam("q", token).queryParam("format", "csv").get("/api/v1/projects").then()
                .statusCode(200).contentType("text/csv; charset=UTF-8").extract().asString();
        assertThat(plain.startsWith("code,"), is(true));
        byte[] withBom = given().queryParam("q", token).queryParam("format", "csv").queryParam("bom", "true")
                .get("/api/v1/projects").then().statusCode(200).extract().asByteArray();
        assertThat(new String(withBom, 0, 3, StandardCharsets.ISO_8859_1), is("\u00EF\u00BB\u00BF"));
        given().accept("text/csv").queryParam("format", "json").queryParam("q", token).get("/api/v1/projects").then()
                .statusCode(200).contentType(ContentType.JSON).body("totalItems", equalTo(1));
        assertInvalid(given().queryParam("format", "xlsx").get("/api/v1/projects").then(), "format");
        assertInvalid(given().accept("text/csv").queryParam("bom", "yes").get("/api/v1/projects").then(), "bom");
    }

    @Test
    void transactionsCsvHasTheSharedHeaderAndNegativeCorrectionsStayNumbers() {
        standardRates();
        String token = token();
        String id = create(with(with(project(), "code", "T/X-" + token), "currency", "USD"));
        String commitment = money(id, "COMMITMENT", "2019-06-01", "1500.5", "USD");
        money(id, "DISBURSEMENT", "2020-01-15", "500", "EUR");
        correction(id, commitment, "COMMITMENT", "2019-06-02", "-500", "USD").statusCode(201);

        Response response = csv("/api/v1/projects/" + id + "/transactions", "type", "COMMITMENT", "sort", "date,desc");
        String body = text(response);
        assertThat(String.join(",", CsvText.lines(body).get(0)), is(TRANSACTION_HEADER));
        List<Map<String, String>> rows = CsvText.rows(body);
        assertThat(rows.stream().map(r -> r.get("amount")).toList(), is(List.of("-500", "1500.5")));
        assertThat(rows.get(0).get("projectCode"), is("T/X-" + token));
        assertThat(rows.get(0).get("correctsTransactionId"), is(commitment));
        assertThat(rows.get(1).get("type"), is("COMMITMENT"));
        assertThat(rows.get(1).get("date"), is("2019-06-01"));
        assertThat(rows.get(1).get("projectId"), is(id));
        assertThat(response.header("Content-Disposition"), is("attachment; filename=\"transactions-T_X-" + token + ".csv\""));
    }

    @Test
    void aggregateCsvCarriesTheJsonFiguresRowByRow() {
        standardRates();
        String token = token();
        String id = create(with(with(with(project(), "code", "G-" + token), "currency", "USD"),
                "locations", List.of(location("22", null, 60), location("20", null, 40))));
        money(id, "COMMITMENT", "2019-06-01", "1234.57", "USD");
        money(id, "DISBURSEMENT", "2020-06-01", "999.99", "USD");

        Object[] query = {"groupBy", "province,year", "currency", "VND", "fromYear", 2018, "toYear", 2021};
        var json = given().config(EXACT).accept(ContentType.JSON).queryParams(params(query)).get("/api/v1/aggregates")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> jsonRows = json.getList("rows");
        Response response = given().noFilters().accept("text/csv").queryParams(params(query)).get("/api/v1/aggregates");
        response.then().statusCode(200).contentType("text/csv; charset=UTF-8");
        String body = text(response);
        assertThat(CsvText.lines(body).get(0), is(List.of("province", "year", "projects", "organizations", "committed",
                "disbursed", "disbursementRate", "planned", "plannedDisbursementRate", "undisbursed", "currency")));
        List<Map<String, String>> rows = CsvText.rows(body);
        assertEquals(jsonRows.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> expected = jsonRows.get(i);
            Map<String, String> row = rows.get(i);
            assertThat(row.get("province"), is(String.valueOf(expected.get("province"))));
            assertThat(row.get("year"), is(String.valueOf(expected.get("year"))));
            assertThat(row.get("projects"), is(String.valueOf(expected.get("projects"))));
            assertThat(row.get("organizations"), is(String.valueOf(expected.get("organizations"))));
            assertThat(new BigDecimal(row.get("committed")), is(decimalOf(expected.get("committed"))));
            assertThat(new BigDecimal(row.get("disbursed")), is(decimalOf(expected.get("disbursed"))));
            assertThat(row.get("disbursementRate").isEmpty() ? null : new BigDecimal(row.get("disbursementRate")),
                    expected.get("disbursementRate") == null ? nullValue() : is(decimalOf(expected.get("disbursementRate"))));
            assertThat(row.get("currency"), is("VND"));
        }
        assertThat(rows.stream().anyMatch(r -> r.get("province").equals("22") && r.get("year").equals("2019")), is(true));
    }

    @Test
    void csvFollowsTheSameSecurityAsJson() {
        given().noFilters().accept("text/csv").get("/api/v1/projects").then().statusCode(401)
                .contentType("application/problem+json");
        given().noFilters().accept("text/csv").get("/api/v1/audit").then().statusCode(401);
        given().noFilters().accept("text/csv").get("/api/v1/reference/sectors").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8");
    }

    @Test
    void exchangeRatesAndAuditExportAsCsv() {
        standardRates();
        List<Map<String, String>> rates = CsvText.rows(text(csv("/api/v1/exchange-rates", "year", 2019, "currency", "EUR")));
        assertThat(rates.size(), is(1));
        assertThat(rates.get(0).get("unitsPerUsd"), is("0.9"));
        String token = token();
        String id = create(with(project(), "code", "AU-" + token));
        List<Map<String, String>> audit = CsvText.rows(text(csv("/api/v1/audit", "entityId", id)));
        assertThat(audit.size(), is(1));
        assertThat(audit.get(0).get("operation"), is("CREATE"));
        assertThat(audit.get(0).get("change").contains("AU-" + token), is(true));
    }

    private static Map<String, Object> params(Object... pairs) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static BigDecimal decimalOf(Object value) {
        return new BigDecimal(value.toString());
    }
}
