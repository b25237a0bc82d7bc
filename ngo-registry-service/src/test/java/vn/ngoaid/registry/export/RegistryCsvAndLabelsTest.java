package vn.ngoaid.registry.export;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.ngoaid.common.testing.ContractChecks;
import vn.ngoaid.common.testing.CsvText;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ngoaid.registry.Fixtures.changeStatus;
import static vn.ngoaid.registry.Fixtures.createOperation;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.createRegistration;
import static vn.ngoaid.registry.Fixtures.organization;
import static vn.ngoaid.registry.Fixtures.registration;
import static vn.ngoaid.registry.Fixtures.token;

/** CSV exports of the registry (organizations, registrations, statistics) and the labels of its enums. */
@QuarkusTest
class RegistryCsvAndLabelsTest {

    private static String csv(String path, Object... params) {
        var request = given().accept("text/csv");
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        Response response = request.get(path);
        response.then().log().ifValidationFails().statusCode(200).contentType("text/csv; charset=UTF-8");
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void organizationsCsvKeepsTrickyVietnameseTextAndOnlyTheFilteredRows() {
        String token = token();
        Map<String, Object> tricky = organization("Tổ chức \"Đất, Nước\" " + token);
        tricky.put("localName", "Dòng 1\nDòng 2 " + token);
        tricky.put("acronym", "@TDH");
        tricky.put("sectors", List.of("12220", "11220"));
        String id = createOrganization(tricky);
        Map<String, Object> foundation = organization("Quỹ khác " + token);
        foundation.put("type", "FOUNDATION");
        createOrganization(foundation);

        String body = csv("/api/v1/organizations", "q", token, "type", "INGO");
        assertThat(CsvText.lines(body).get(0), is(List.of("id", "name", "localName", "acronym", "countryCode", "type",
                "headquarters", "website", "email", "sectors", "status", "createdAt", "createdBy", "updatedAt", "updatedBy")));
        List<Map<String, String>> rows = CsvText.rows(body);
        assertEquals(1, rows.size(), body);
        assertThat(rows.get(0).get("id"), is(id));
        assertThat(rows.get(0).get("name"), is("Tổ chức \"Đất, Nước\" " + token));
        assertThat(rows.get(0).get("localName"), is("Dòng 1\nDòng 2 " + token));
        assertThat(rows.get(0).get("acronym"), is("'@TDH"));
        assertThat(rows.get(0).get("sectors"), is("12220|11220"));
        assertThat(rows.get(0).get("type"), is("INGO"));
    }

    @Test
    void registrationsCsvOfAnOrganizationAndFilteredCarryProvincesAndHistory() {
        String organization = createOrganization();
        String operation = createOperation(organization, LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31), "20", "22");
        createRegistration(organization, registration("PROJECT_OFFICE", LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31), "08"));
        changeStatus(operation, "SUSPENDED", LocalDate.of(2020, 3, 1));

        List<Map<String, String>> all = CsvText.rows(csv("/api/v1/organizations/" + organization + "/registrations",
                "sort", "validFrom,asc", "size", 1));
        assertThat(all.stream().map(r -> r.get("kind")).toList(), is(List.of("PROJECT_OFFICE", "OPERATION")));
        List<Map<String, String>> operations = CsvText.rows(csv("/api/v1/registrations", "organizationId", organization,
                "kind", "OPERATION"));
        assertEquals(1, operations.size());
        Map<String, String> row = operations.get(0);
        assertThat(row.get("id"), is(operation));
        assertThat(row.get("provinces"), is("20|22"));
        assertThat(row.get("history"), is("ACTIVE:2019-01-01|SUSPENDED:2020-03-01"));
        assertThat(row.get("status"), is("EXPIRED"));
    }

    @Test
    void statisticsCsvCarriesTheJsonCountsRowByRow() {
        String organization = createOrganization("LA", "INGO");
        createOperation(organization, LocalDate.of(2019, 6, 1), LocalDate.of(2020, 5, 31), "20");
        Map<String, Object> query = Map.of("groupBy", "province,year", "countryCode", "LA", "fromYear", 2018, "toYear", 2021);
        List<Map<String, Object>> json = given().noFilters().queryParams(query).get("/api/v1/statistics/registrations")
                .then().statusCode(200).extract().jsonPath().getList("rows");
        String body = given().noFilters().accept("text/csv").queryParams(query).get("/api/v1/statistics/registrations")
                .then().statusCode(200).extract().asString();
        assertThat(CsvText.lines(body).get(0), is(List.of("province", "year", "organizations")));
        List<Map<String, String>> rows = CsvText.rows(body);
        assertEquals(json.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            for (String column : List.of("province", "year", "organizations")) {
                assertThat(column, rows.get(i).get(column), is(String.valueOf(json.get(i).get(column))));
            }
        }
        assertThat(rows.stream().anyMatch(r -> r.get("province").equals("20") && r.get("year").equals("2020")), is(true));
    }

    @Test
    void csvNeedsATokenLikeJson() {
        given().noFilters().accept("text/csv").get("/api/v1/organizations").then().statusCode(401);
        given().noFilters().accept("text/csv").get("/api/v1/registrations").then().statusCode(401);
    }

    @Test
    void registrationKindsAndStatusesHaveVietnameseLabels() {
        given().noFilters().header("Accept-Language", "vi").get("/api/v1/reference/enums").then().statusCode(200)
                .body("find { it.name == 'RegistrationKind' }.values.label", equalTo(List.of("Giấy đăng ký hoạt động",
                        "Giấy đăng ký lập Văn phòng dự án", "Giấy đăng ký lập Văn phòng đại diện")))
                .body("find { it.name == 'OrganizationType' }.values.find { it.code == 'INGO' }.label",
                        equalTo("Tổ chức phi chính phủ nước ngoài"));
        given().noFilters().header("Accept-Language", "en").get("/api/v1/reference/enums").then().statusCode(200)
                .body("find { it.name == 'RegistrationStatus' }.values.find { it.code == 'REVOKED' }.label", equalTo("Revoked"));
    }

    @Test
    void everyEnumOfTheContractHasBothLabels() throws Exception {
        ContractChecks.everyEnumOfTheContractIsLabelled();
    }

    @Test
    void everyListAndTheStatisticsOfferCsvInTheContract() throws Exception {
        assertThat(ContractChecks.csvOperations(), hasItems("/api/v1/organizations", "/api/v1/organizations/{id}/registrations",
                "/api/v1/registrations", "/api/v1/statistics/registrations", "/api/v1/audit", "/api/v1/reference/sectors",
                "/api/v1/reference/enums"));
    }
}
