package vn.ngoaid.aid;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Test data made through the public API. Codes and donor names carry a random token, so tests never see each other's
 * data, in any order and on a second run against the same database.
 */
public final class Fixtures {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Fixtures() {
    }

    /** A lower-case token that search folding leaves as it is. */
    public static String token() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /**
     * A valid APPROVED project of an embassy fund (a donor outside the registry, so no registry call), in province 12,
     * sector 11120, in VND. Tests change what they need.
     */
    public static Map<String, Object> project() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "T-" + token());
        body.put("title", "School works " + token());
        body.put("localTitle", "Xây dựng trường học xã Bản Lang");
        body.put("donor", donorOutsideRegistry("Đại sứ quán Trung Quốc " + token(), "EMBASSY", "CN"));
        body.put("modality", "PROJECT");
        body.put("sectors", List.of(Map.of("code", "11120", "percentage", 100)));
        body.put("locations", List.of(Map.of("province", "12", "district", "Phong Thổ", "percentage", 100)));
        body.put("approvalLevel", "PROVINCIAL");
        body.put("approvalDecision", Map.of("number", "512/QĐ-UBND", "date", "2019-04-22",
                "authority", "Ủy ban nhân dân tỉnh Lai Châu"));
        body.put("startDate", "2019-05-01");
        body.put("endDate", "2020-08-31");
        body.put("status", "APPROVED");
        body.put("currency", "VND");
        return body;
    }

    public static Map<String, Object> donorOutsideRegistry(String name, String type, String country) {
        Map<String, Object> donor = new LinkedHashMap<>();
        donor.put("name", name);
        donor.put("type", type);
        donor.put("countryCode", country);
        return donor;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    /** Creates the project and returns its id. */
    public static String create(Map<String, Object> project) {
        return post("/api/v1/projects", project).statusCode(201).extract().path("id");
    }

    public static void rate(int year, String currency, String unitsPerUsd) {
        given().contentType(ContentType.JSON).body(Map.of("unitsPerUsd", new BigDecimal(unitsPerUsd)))
                .put("/api/v1/exchange-rates/" + year + "/" + currency).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    public static ValidatableResponse transaction(String projectId, String type, String date, String amount, String currency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("date", date);
        body.put("amount", new BigDecimal(amount));
        if (currency != null) {
            body.put("currency", currency);
        }
        return post("/api/v1/projects/" + projectId + "/transactions", body);
    }

    /** Records the transaction, expecting 201, and returns its id. */
    public static String money(String projectId, String type, String date, String amount, String currency) {
        return transaction(projectId, type, date, amount, currency).statusCode(201).extract().path("id");
    }
}
