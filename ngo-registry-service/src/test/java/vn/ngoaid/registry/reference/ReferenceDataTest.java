package vn.ngoaid.registry.reference;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.ngoaid.registry.Fixtures.assertInvalid;

/** The read-only code lists under /api/v1/reference. */
@QuarkusTest
class ReferenceDataTest {

    private static RequestSpecification get() {
        return given().accept(ContentType.JSON);
    }

    @Test
    void provincesHoldThe63OldAndThe34NewUnits() {
        get().queryParam("size", 200).get("/api/v1/reference/provinces").then()
                .statusCode(200)
                .body("totalItems", equalTo(97))
                .body("items", hasSize(97))
                .body("totalPages", equalTo(1));
        get().get("/api/v1/reference/provinces").then()
                .body("totalItems", equalTo(97)).body("size", equalTo(20)).body("totalPages", equalTo(5));
    }

    @Test
    void onGives63UnitsBeforeTheMergerAnd34After() {
        get().queryParam("on", "2025-06-30").queryParam("size", 200).get("/api/v1/reference/provinces").then()
                .statusCode(200)
                .body("totalItems", equalTo(63))
                .body("items.validUntil", everyItem(equalTo("2025-06-30")));
        get().queryParam("on", "2020-01-01").get("/api/v1/reference/provinces").then().body("totalItems", equalTo(63));
        get().queryParam("on", "2025-07-01").queryParam("size", 200).get("/api/v1/reference/provinces").then()
                .statusCode(200)
                .body("totalItems", equalTo(34))
                .body("items.validFrom", everyItem(equalTo("2025-07-01")))
                .body("items.validUntil", everyItem(nullValue()));
    }

    @Test
    void oldUnitsNameTheirSuccessor() {
        get().queryParam("on", "2025-06-30").queryParam("size", 200).get("/api/v1/reference/provinces").then()
                .body("items.find { it.code == '02' }.name", equalTo("Hà Giang"))
                .body("items.find { it.code == '02' }.successorCode", equalTo("08"))
                .body("items.find { it.code == '06' }.successorCode", equalTo("19"))
                .body("items.find { it.code == '20' }.successorCode", equalTo("20"));
        get().queryParam("on", "2025-07-01").queryParam("size", 200).get("/api/v1/reference/provinces").then()
                .body("items.code", hasItem("08"))
                .body("items.find { it.code == '08' }.name", equalTo("Tuyên Quang"))
                .body("items.code", not(hasItem("02")));
    }

    @Test
    void provinceSearchIgnoresAccents() {
        get().queryParam("q", "lang son").get("/api/v1/reference/provinces").then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.code", everyItem(equalTo("20")))
                .body("items.name", everyItem(equalTo("Lạng Sơn")));
        get().queryParam("q", "LẠNG SƠN").queryParam("on", "2026-01-01").get("/api/v1/reference/provinces").then()
                .body("totalItems", equalTo(1));
        get().queryParam("q", "da nang").queryParam("on", "2020-01-01").get("/api/v1/reference/provinces").then()
                .body("items.code", equalTo(List.of("48")));
    }

    @Test
    void provincesSortByName() {
        get().queryParam("on", "2026-01-01").queryParam("sort", "code,desc").queryParam("size", 1)
                .get("/api/v1/reference/provinces").then()
                .body("items[0].code", equalTo("96"));
        get().queryParam("on", "2026-01-01").queryParam("sort", "code,asc").queryParam("size", 1)
                .get("/api/v1/reference/provinces").then()
                .body("items[0].code", equalTo("01"));
    }

    @Test
    void countriesHaveEnglishAndVietnameseNames() {
        get().queryParam("q", "germany").get("/api/v1/reference/countries").then()
                .statusCode(200)
                .body("items.find { it.code == 'DE' }.name", equalTo("Germany"))
                .body("items.find { it.code == 'DE' }.localName", equalTo("Đức"));
        get().queryParam("q", "duc").get("/api/v1/reference/countries").then()
                .body("items.code", hasItem("DE"));
        get().queryParam("size", 200).get("/api/v1/reference/countries").then()
                .body("totalItems", greaterThan(240));
    }

    @Test
    void sectorsAreDacPurposeCodes() {
        get().queryParam("q", "12220").get("/api/v1/reference/sectors").then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].code", equalTo("12220"))
                .body("items[0].category", equalTo("122"))
                .body("items[0].name", equalTo("Basic health care"))
                .body("items[0].localName", equalTo("Chăm sóc y tế cơ bản"));
        get().queryParam("q", "cham soc y te co ban").get("/api/v1/reference/sectors").then()
                .body("items.code", hasItem("12220"));
    }

    @Test
    void currenciesHaveTheirMinorUnit() {
        get().queryParam("q", "VND").get("/api/v1/reference/currencies").then()
                .statusCode(200)
                .body("items.find { it.code == 'VND' }.minorUnitDigits", equalTo(0));
        get().queryParam("q", "USD").get("/api/v1/reference/currencies").then()
                .body("items.find { it.code == 'USD' }.minorUnitDigits", equalTo(2));
        get().queryParam("q", "EUR").get("/api/v1/reference/currencies").then()
                .body("items.find { it.code == 'EUR' }.minorUnitDigits", equalTo(2));
    }

    @ParameterizedTest
    @CsvSource({
            "provinces,on,2025-13-01", "provinces,size,0", "provinces,size,201", "provinces,page,-1",
            "provinces,sort,successorCode", "countries,sort,localName", "sectors,page,abc", "currencies,size,1000"})
    void badParametersAre400(String list, String parameter, String value) {
        assertInvalid(get().queryParam(parameter, value).get("/api/v1/reference/" + list).then(), parameter);
    }
}
