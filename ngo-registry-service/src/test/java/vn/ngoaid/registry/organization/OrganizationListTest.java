package vn.ngoaid.registry.organization;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.ngoaid.registry.Fixtures.assertInvalid;
import static vn.ngoaid.registry.Fixtures.createOperation;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.organization;
import static vn.ngoaid.registry.Fixtures.token;

/**
 * GET /api/v1/organizations: filters, free-text search, paging and sorting. Every query also filters on a token
 * that only this test's organizations carry (via {@code q}), so the counts are exact whatever else the database holds.
 */
@QuarkusTest
class OrganizationListTest {

    private static RequestSpecification list() {
        return given().accept(ContentType.JSON);
    }

    private static ValidatableResponse search(String q, Object... params) {
        RequestSpecification request = list().queryParam("q", q).queryParam("size", 200);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/v1/organizations").then().statusCode(200);
    }

    private static String create(String name, String country, String type, List<String> sectors, String status) {
        Map<String, Object> body = organization(name, country, type);
        body.put("sectors", sectors);
        body.put("status", status);
        return createOrganization(body);
    }

    @Test
    void filtersByCountryTypeSectorAndStatus() {
        String t = token();
        String a = create("Alpha " + t, "DE", "INGO", List.of("12220"), "ACTIVE");
        String b = create("Bravo " + t, "FR", "FOUNDATION", List.of("11220", "12220"), "INACTIVE");
        String c = create("Charlie " + t, "DE", "MULTILATERAL", List.of("11220"), "ACTIVE");

        search(t).body("totalItems", equalTo(3));
        search(t, "country", "DE").body("items.id", containsInAnyOrder(a, c)).body("totalItems", equalTo(2));
        search(t, "country", "FR").body("items.id", containsInAnyOrder(b));
        search(t, "country", "US").body("items", hasSize(0)).body("totalItems", equalTo(0)).body("totalPages", equalTo(0));
        search(t, "type", "FOUNDATION").body("items.id", containsInAnyOrder(b));
        search(t, "type", "MULTILATERAL").body("items.id", containsInAnyOrder(c));
        search(t, "sector", "12220").body("items.id", containsInAnyOrder(a, b));
        search(t, "sector", "11220").body("items.id", containsInAnyOrder(b, c));
        search(t, "status", "INACTIVE").body("items.id", containsInAnyOrder(b));
        search(t, "status", "ACTIVE").body("items.id", containsInAnyOrder(a, c));
        search(t, "country", "DE", "sector", "11220").body("items.id", containsInAnyOrder(c));
        // enum values in query parameters are read in any letter case
        search(t, "type", "foundation").body("items.id", containsInAnyOrder(b));
    }

    @Test
    void filtersByProvinceOfARegistration() {
        String t = token();
        String holder = create("Holder " + t, "DE", "INGO", List.of("12220"), "ACTIVE");
        String other = create("Other " + t, "DE", "INGO", List.of("12220"), "ACTIVE");
        createOperation(holder, LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31), "20", "22");
        createOperation(other, LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31), "01");

        search(t, "province", "20").body("items.id", containsInAnyOrder(holder));
        search(t, "province", "22").body("items.id", containsInAnyOrder(holder));
        search(t, "province", "01").body("items.id", containsInAnyOrder(other));
        search(t, "province", "38").body("totalItems", equalTo(0));
    }

    @ParameterizedTest
    @CsvSource({"country,XX", "country,de", "sector,99999", "province,99", "type,CHARITY", "status,CLOSED"})
    void unknownFilterValuesAre400NamingTheParameter(String parameter, String value) {
        assertInvalid(list().queryParam(parameter, value).get("/api/v1/organizations").then(), parameter);
    }

    // ----- search

    @Test
    void searchIgnoresAccentsAndCase() {
        String t = token();
        String id = create("Hội Bảo Trợ Lạng Sơn " + t, "DE", "INGO", List.of("12220"), "ACTIVE");

        search("lang son " + t).body("items.id", containsInAnyOrder(id));
        search("LẠNG SƠN " + t).body("items.id", containsInAnyOrder(id));
        search("Lạng Sơn " + t.toUpperCase()).body("items.id", containsInAnyOrder(id));
        search("hoi bao tro lang son " + t).body("items.id", containsInAnyOrder(id));
        search("  lang   son " + t + "  ").body("items.id", containsInAnyOrder(id));
        // plain "lang son" finds it too (among others, newest first)
        list().queryParam("q", "lang son").queryParam("sort", "createdAt,desc").queryParam("size", 200)
                .get("/api/v1/organizations").then().statusCode(200).body("items.id", hasItem(id));
        // a different word does not
        search("lang som " + t).body("totalItems", equalTo(0));
    }

    @Test
    void searchFoldsDStrokeToD() {
        String t = token();
        String stroked = create("Quỹ Đoàn Kết " + t, "DE", "FOUNDATION", List.of("12220"), "ACTIVE");
        String plain = create("Doan Ket Fund " + t, "DE", "FOUNDATION", List.of("12220"), "ACTIVE");

        search("doan ket", "sort", "createdAt,desc").body("items.id", hasItem(stroked));
        search("quy doan ket " + t).body("items.id", containsInAnyOrder(stroked));
        search("QUỸ ĐOÀN KẾT " + t).body("items.id", containsInAnyOrder(stroked));
        search("đoàn kết fund " + t).body("items.id", containsInAnyOrder(plain));
        search(t).body("items.id", containsInAnyOrder(stroked, plain));
    }

    @Test
    void searchLooksAtLocalNameAndAcronym() {
        String t = token();
        Map<String, Object> body = organization("Plain Name " + t);
        body.put("localName", "Tổ chức Ánh Dương " + t);
        body.put("acronym", "AD" + t.toUpperCase());
        String id = createOrganization(body);

        search("to chuc anh duong " + t).body("items.id", containsInAnyOrder(id));
        search("ad" + t).body("items.id", containsInAnyOrder(id));
    }

    @Test
    void searchTreatsLikeWildcardsLiterally() {
        String t = token();
        create("Alpha Beta " + t, "DE", "INGO", List.of("12220"), "ACTIVE");
        search("alpha_beta " + t).body("totalItems", equalTo(0));
        search("alpha%beta " + t).body("totalItems", equalTo(0));
        search("alpha beta " + t).body("totalItems", equalTo(1));
        String percent = create("100% Kids " + t, "DE", "INGO", List.of("12220"), "ACTIVE");
        search("100% kids " + t).body("items.id", containsInAnyOrder(percent));
    }

    // ----- paging and sorting

    private static List<String> createFive(String t) {
        List<String> ids = new ArrayList<>();
        for (String letter : List.of("Echo", "Alpha", "Delta", "Bravo", "Charlie")) {
            ids.add(create(t + " " + letter, "DE", "INGO", List.of("12220"), "ACTIVE"));
        }
        return ids;
    }

    @Test
    void pagingEnvelopeCountsItemsAndPages() {
        String t = token();
        createFive(t);
        list().queryParam("q", t).queryParam("size", 2).get("/api/v1/organizations").then()
                .statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(2))
                .body("totalItems", equalTo(5)).body("totalPages", equalTo(3))
                .body("items.name", equalTo(List.of(t + " Alpha", t + " Bravo")));
        list().queryParam("q", t).queryParam("size", 2).queryParam("page", 1).get("/api/v1/organizations").then()
                .body("page", equalTo(1))
                .body("items.name", equalTo(List.of(t + " Charlie", t + " Delta")));
        list().queryParam("q", t).queryParam("size", 2).queryParam("page", 2).get("/api/v1/organizations").then()
                .body("items.name", equalTo(List.of(t + " Echo")));
        list().queryParam("q", t).queryParam("size", 2).queryParam("page", 3).get("/api/v1/organizations").then()
                .statusCode(200).body("items", hasSize(0)).body("totalItems", equalTo(5));
        list().queryParam("q", t).queryParam("size", 5).get("/api/v1/organizations").then()
                .body("totalPages", equalTo(1)).body("items", hasSize(5));
        list().queryParam("q", t).get("/api/v1/organizations").then()
                .body("page", equalTo(0)).body("size", equalTo(20)).body("totalPages", equalTo(1));
    }

    @Test
    void sortsAscendingAndDescending() {
        String t = token();
        createFive(t);
        List<String> ascending = List.of(t + " Alpha", t + " Bravo", t + " Charlie", t + " Delta", t + " Echo");
        List<String> descending = new ArrayList<>(ascending);
        java.util.Collections.reverse(descending);
        search(t).body("items.name", equalTo(ascending));
        search(t, "sort", "name,asc").body("items.name", equalTo(ascending));
        search(t, "sort", "name").body("items.name", equalTo(ascending));
        search(t, "sort", "name,desc").body("items.name", equalTo(descending));
        search(t, "sort", "name,DESC").body("items.name", equalTo(descending));
        // creation order: Echo, Alpha, Delta, Bravo, Charlie
        search(t, "sort", "createdAt,asc").body("items.name",
                equalTo(List.of(t + " Echo", t + " Alpha", t + " Delta", t + " Bravo", t + " Charlie")));
        search(t, "sort", "createdAt,desc").body("items.name",
                equalTo(List.of(t + " Charlie", t + " Bravo", t + " Delta", t + " Alpha", t + " Echo")));
    }

    @Test
    void sortByCountryCode() {
        String t = token();
        String us = create("A " + t, "US", "INGO", List.of("12220"), "ACTIVE");
        String de = create("B " + t, "DE", "INGO", List.of("12220"), "ACTIVE");
        String fr = create("C " + t, "FR", "INGO", List.of("12220"), "ACTIVE");
        search(t, "sort", "countryCode,asc").body("items.id", equalTo(List.of(de, fr, us)));
        search(t, "sort", "countryCode,desc").body("items.id", equalTo(List.of(us, fr, de)));
    }

    @Test
    void sizeOf200IsAllowed() {
        list().queryParam("size", 200).get("/api/v1/organizations").then()
                .statusCode(200).body("size", equalTo(200));
        list().queryParam("size", 1).get("/api/v1/organizations").then()
                .statusCode(200).body("size", equalTo(1));
    }

    @ParameterizedTest
    @CsvSource({
            "size,0,size", "size,201,size", "size,-5,size", "size,abc,size", "size,1.5,size",
            "page,-1,page", "page,abc,page", "page,99999999999,page",
            "sort,founded,sort", "sort,'name,up',sort", "sort,'name,asc,extra',sort", "sort,searchText,sort"})
    void badPagingParametersAre400NamingTheParameter(String parameter, String value, String field) {
        assertInvalid(list().queryParam(parameter, value).get("/api/v1/organizations").then(), field);
    }
}
