package vn.ngoaid.aid.export;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;
import vn.ngoaid.common.testing.ContractChecks;
import vn.ngoaid.common.testing.CsvText;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

/** Labels in English and Vietnamese: enum values, code lists by Accept-Language, and the CSV operations' contract. */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class LabelsTest {

    private static final String MODALITY = "find { it.name == 'Modality' }.values.find { it.code == '%s' }.%s";

    @Test
    void enumValuesHaveVietnameseLabelsByAcceptLanguage() {
        given().noFilters().header("Accept-Language", "vi-VN, vi;q=0.9, en;q=0.5").get("/api/v1/reference/enums").then()
                .statusCode(200).header("Content-Language", "vi")
                .body(MODALITY.formatted("NON_PROJECT", "label"), equalTo("Phi dự án"))
                .body(MODALITY.formatted("PROGRAMME", "label"), equalTo("Chương trình"))
                .body(MODALITY.formatted("EMERGENCY_RELIEF", "english"), equalTo("Emergency relief"))
                .body("find { it.name == 'ApprovalLevel' }.values.label", hasItems("UBND tỉnh phê duyệt", "Trung ương phê duyệt"))
                .body("find { it.name == 'TransactionType' }.values.label", hasItems("Cam kết", "Giải ngân"))
                .body("find { it.name == 'DonorType' }.values.find { it.code == 'OVERSEAS_VIETNAMESE' }.label",
                        equalTo("Kiều bào (người Việt Nam ở nước ngoài)"));
        given().noFilters().get("/api/v1/reference/enums").then().statusCode(200).header("Content-Language", "en")
                .body(MODALITY.formatted("NON_PROJECT", "label"), equalTo("Non-project aid"))
                .body(MODALITY.formatted("NON_PROJECT", "vietnamese"), equalTo("Phi dự án"));
        given().noFilters().header("Accept-Language", "fr, en;q=0.8, vi;q=0.9").get("/api/v1/reference/enums").then()
                .statusCode(200).body(MODALITY.formatted("PROJECT", "label"), equalTo("Dự án"));
    }

    @Test
    void everyEnumOfTheContractHasBothLabels() throws Exception {
        ContractChecks.everyEnumOfTheContractIsLabelled();
    }

    @Test
    void codeListsShowTheLabelOfTheAskedLanguageAndKeepBothNames() {
        given().noFilters().header("Accept-Language", "vi").queryParam("q", "12220").get("/api/v1/reference/sectors").then()
                .statusCode(200).header("Content-Language", "vi")
                .body("items[0].label", equalTo("Chăm sóc y tế cơ bản"))
                .body("items[0].name", equalTo("Basic health care"))
                .body("items[0].localName", equalTo("Chăm sóc y tế cơ bản"));
        given().noFilters().queryParam("q", "12220").get("/api/v1/reference/sectors").then()
                .statusCode(200).body("items[0].label", equalTo("Basic health care"));
        given().noFilters().header("Accept-Language", "vi").queryParam("q", "DE").get("/api/v1/reference/countries").then()
                .statusCode(200).body("items.find { it.code == 'DE' }.label", equalTo("Đức"));
        given().noFilters().header("Accept-Language", "vi").queryParam("q", "VND").get("/api/v1/reference/currencies").then()
                .statusCode(200).body("items.find { it.code == 'VND' }.label", equalTo("Đồng Việt Nam"));
    }

    @Test
    void codeListsAndEnumsExportAsCsvWithFixedHeadersInEitherLanguage() {
        String csv = given().noFilters().accept("text/csv").header("Accept-Language", "vi").queryParam("q", "lang son")
                .get("/api/v1/reference/provinces").then().statusCode(200).extract().asString();
        List<Map<String, String>> rows = CsvText.rows(csv);
        assertThat(CsvText.lines(csv).get(0), is(List.of("code", "name", "validFrom", "validUntil", "successorCode", "label")));
        assertThat(rows.get(0).get("name"), is("Lạng Sơn"));
        String enums = given().noFilters().queryParam("format", "csv").header("Accept-Language", "vi")
                .get("/api/v1/reference/enums").then().statusCode(200).extract().asString();
        assertThat(CsvText.rows(enums).stream().anyMatch(r -> r.get("name").equals("Modality") && r.get("code").equals("NON_PROJECT")
                && r.get("label").equals("Phi dự án") && r.get("english").equals("Non-project aid")), is(true));
    }

    @Test
    void everyListAggregateAndCodeListOffersCsvInTheContract() throws Exception {
        assertThat(ContractChecks.csvOperations(), hasItems("/api/v1/projects", "/api/v1/projects/{id}/transactions",
                "/api/v1/exchange-rates", "/api/v1/aggregates", "/api/v1/audit", "/api/v1/reference/provinces",
                "/api/v1/reference/countries", "/api/v1/reference/currencies", "/api/v1/reference/sectors",
                "/api/v1/reference/enums"));
    }
}
