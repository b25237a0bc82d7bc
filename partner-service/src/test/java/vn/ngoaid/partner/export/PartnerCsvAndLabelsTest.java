package vn.ngoaid.partner.export;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.ngoaid.common.testing.ContractChecks;
import vn.ngoaid.common.testing.CsvText;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ngoaid.partner.Fixtures.agreement;
import static vn.ngoaid.partner.Fixtures.association;
import static vn.ngoaid.partner.Fixtures.byName;
import static vn.ngoaid.partner.Fixtures.create;
import static vn.ngoaid.partner.Fixtures.createLocality;
import static vn.ngoaid.partner.Fixtures.exchange;
import static vn.ngoaid.partner.Fixtures.partnership;
import static vn.ngoaid.partner.Fixtures.token;
import static vn.ngoaid.partner.Fixtures.twinning;

/** CSV exports of partner-service (every list and the statistics) and the labels of its enums. */
@QuarkusTest
class PartnerCsvAndLabelsTest {

    private static List<Map<String, String>> csv(String path, Object... params) {
        var request = given().accept("text/csv");
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        Response response = request.get(path);
        response.then().log().ifValidationFails().statusCode(200).contentType("text/csv; charset=UTF-8");
        return CsvText.rows(new String(response.asByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void localitiesCsvKeepsVietnameseAndChineseNamesAndOnlyTheFilteredRows() {
        String token = token();
        String province = createLocality("Yunnan " + token, "CN", "PROVINCE", null);
        String prefecture = createLocality("Wenshan, \"Văn Sơn\" " + token, "CN", "PREFECTURE", province);
        List<Map<String, String>> rows = csv("/api/v1/localities", "q", token, "level", "PREFECTURE");
        assertEquals(1, rows.size());
        assertThat(rows.get(0).get("id"), is(prefecture));
        assertThat(rows.get(0).get("name"), is("Wenshan, \"Văn Sơn\" " + token));
        assertThat(rows.get(0).get("localName"), is("本地 Wenshan, \"Văn Sơn\" " + token));
        assertThat(rows.get(0).get("parentId"), is(province));
        assertThat(rows.get(0).get("level"), is("PREFECTURE"));
    }

    @Test
    void partnershipsAgreementsTwinningsExchangesAndAssociationsExportTheirFilteredRows() {
        String token = token();
        String locality = createLocality("Guangxi " + token, "CN", "REGION", null);
        String partnership = create("/api/v1/partnerships", partnership("22", locality, "BORDER_COOPERATION", "2014-03-01"));
        assertThat(csv("/api/v1/partnerships", "localityId", locality).get(0).get("id"), is(partnership));
        assertThat(csv("/api/v1/partnerships", "localityId", locality).get(0).get("localityName"), is("Guangxi " + token));

        create("/api/v1/agreements", agreement("20", byName("VECO, Belgium " + token, "BE"), "Rice value chain " + token, "2010-06-01"));
        Map<String, String> agreement = csv("/api/v1/agreements", "q", token).get(0);
        assertThat(agreement.get("counterpartName"), is("VECO, Belgium " + token));
        assertThat(agreement.get("counterpartKind"), is("NAMED"));
        assertThat(agreement.get("sectors"), is("31120"));

        create("/api/v1/twinnings", twinning("22", "Bản Pò Hèn " + token, "VILLAGE", "Dongxing " + token, "VILLAGE", locality, "2015-01-01"));
        Map<String, String> twinning = csv("/api/v1/twinnings", "localityId", locality).get(0);
        assertThat(twinning.get("domesticUnitName"), is("Bản Pò Hèn " + token));
        assertThat(twinning.get("domesticUnitDistrict"), is("Móng Cái"));
        assertThat(twinning.get("foreignUnitLevel"), is("VILLAGE"));

        Map<String, Object> inboundBody = exchange("20", "INBOUND", "Đoàn \"Quảng Tây\", thăm " + token, "2011-04-02");
        inboundBody.put("localityId", locality);
        create("/api/v1/exchanges", inboundBody);
        Map<String, Object> outboundBody = exchange("20", "OUTBOUND", "Đoàn ra " + token, "2011-05-02");
        outboundBody.put("localityId", locality);
        create("/api/v1/exchanges", outboundBody);
        List<Map<String, String>> inbound = csv("/api/v1/exchanges", "q", token, "direction", "INBOUND");
        assertEquals(1, inbound.size());
        assertThat(inbound.get(0).get("title"), is("Đoàn \"Quảng Tây\", thăm " + token));

        create("/api/v1/friendship-associations", association("08", "Việt Nam – Lào " + token, "LA", 120));
        Map<String, String> association = csv("/api/v1/friendship-associations", "q", token).get(0);
        assertThat(association.get("members"), is("120"));
        assertThat(association.get("founded"), is("2010-05-19"));
    }

    @Test
    void statisticsCsvCarriesTheJsonFiguresRowByRow() {
        Map<String, Object> query = Map.of("groupBy", "direction,year", "province", "20", "fromYear", 2008, "toYear", 2012);
        List<Map<String, Object>> json = given().noFilters().queryParams(query).get("/api/v1/statistics").then()
                .statusCode(200).extract().jsonPath().getList("rows");
        String body = given().noFilters().queryParam("format", "csv").queryParams(query).get("/api/v1/statistics").then()
                .statusCode(200).contentType("text/csv; charset=UTF-8").extract().asString();
        List<String> columns = List.of("direction", "year", "localities", "partnerships", "agreements", "twinnings",
                "exchanges", "participants");
        assertThat(CsvText.lines(body).get(0), is(columns));
        List<Map<String, String>> rows = CsvText.rows(body);
        assertEquals(json.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            for (String column : columns) {
                Object expected = json.get(i).get(column);
                assertThat(column, rows.get(i).get(column), is(expected == null ? "" : String.valueOf(expected)));
            }
        }
    }

    @Test
    void csvNeedsATokenLikeJson() {
        given().noFilters().accept("text/csv").get("/api/v1/exchanges").then().statusCode(401);
        given().noFilters().accept("text/csv").get("/api/v1/statistics").then().statusCode(200);
    }

    @Test
    void directionsAndTwinningLevelsHaveVietnameseLabels() {
        given().noFilters().header("Accept-Language", "vi").get("/api/v1/reference/enums").then().statusCode(200)
                .body("find { it.name == 'ExchangeDirection' }.values.label", equalTo(List.of("Đoàn vào", "Đoàn ra")))
                .body("find { it.name == 'DomesticUnitLevel' }.values.label", equalTo(List.of("Bản", "Xã")))
                .body("find { it.name == 'ForeignUnitLevel' }.values.label", equalTo(List.of("Bản", "Trấn")));
        given().noFilters().get("/api/v1/reference/enums").then().statusCode(200)
                .body("find { it.name == 'ExchangeDirection' }.values.label", equalTo(List.of("Inbound delegation", "Outbound delegation")));
    }

    @Test
    void everyEnumOfTheContractHasBothLabels() throws Exception {
        ContractChecks.everyEnumOfTheContractIsLabelled();
    }

    @Test
    void everyListAndTheStatisticsOfferCsvInTheContract() throws Exception {
        assertThat(ContractChecks.csvOperations(), hasItems("/api/v1/localities", "/api/v1/partnerships", "/api/v1/agreements",
                "/api/v1/twinnings", "/api/v1/exchanges", "/api/v1/friendship-associations", "/api/v1/statistics",
                "/api/v1/audit", "/api/v1/reference/enums"));
    }
}
