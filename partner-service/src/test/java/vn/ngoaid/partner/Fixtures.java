package vn.ngoaid.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Test data made through the public API. Every name carries a random token, so tests never see each other's data,
 * in any order and on a second run against the same database.
 */
public final class Fixtures {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** A lower-case token that search folding leaves as it is, e.g. {@code zq3f9a0c1b}. */
    public static String token() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request that sends and accepts JSON. */
    public static RequestSpecification api() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static ValidatableResponse post(String path, Object body) {
        return api().body(json(body)).post(path).then();
    }

    public static ValidatableResponse put(String path, String ifMatch, Object body) {
        RequestSpecification request = api().body(json(body));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put(path).then();
    }

    public static String create(String path, Object body) {
        return post(path, body).statusCode(201).extract().path("id");
    }

    /** GET of a list with query parameters given as name, value pairs. */
    public static ValidatableResponse list(String path, Object... params) {
        RequestSpecification request = given().accept(ContentType.JSON);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get(path).then();
    }

    // ----- localities

    public static Map<String, Object> locality(String name, String countryCode, String level, String parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("localName", "本地 " + name);
        body.put("vietnameseName", "Địa phương " + name);
        body.put("countryCode", countryCode);
        body.put("level", level);
        body.put("parentId", parentId);
        return body;
    }

    /** Creates a top-level PROVINCE in the country, with a unique name, and returns its id. */
    public static String createLocality(String countryCode) {
        return create("/api/v1/localities", locality("Province " + token(), countryCode, "PROVINCE", null));
    }

    public static String createLocality(String name, String countryCode, String level, String parentId) {
        return create("/api/v1/localities", locality(name, countryCode, level, parentId));
    }

    // ----- partnerships

    public static Map<String, Object> partnership(String province, String localityId, String kind, String since) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("province", province);
        body.put("localityId", localityId);
        body.put("kind", kind);
        body.put("since", since);
        body.put("status", "ACTIVE");
        body.put("note", "Test partnership " + token());
        return body;
    }

    // ----- agreements

    public static Map<String, Object> agreement(String province, Map<String, Object> counterpart, String title, String signedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("province", province);
        body.put("counterpart", counterpart);
        body.put("title", title);
        body.put("localTitle", "Thỏa thuận hợp tác " + title);
        body.put("signedOn", signedOn);
        body.put("sectors", List.of("31120"));
        body.put("signatoryLevel", "PROVINCIAL_PEOPLES_COMMITTEE");
        return body;
    }

    public static Map<String, Object> byLocality(String localityId) {
        Map<String, Object> counterpart = new LinkedHashMap<>();
        counterpart.put("localityId", localityId);
        return counterpart;
    }

    public static Map<String, Object> byOrganization(UUID organizationId) {
        Map<String, Object> counterpart = new LinkedHashMap<>();
        counterpart.put("organizationId", organizationId.toString());
        return counterpart;
    }

    public static Map<String, Object> byName(String name, String countryCode) {
        Map<String, Object> counterpart = new LinkedHashMap<>();
        counterpart.put("name", name);
        counterpart.put("countryCode", countryCode);
        return counterpart;
    }

    // ----- twinnings

    public static Map<String, Object> twinning(String province, String domestic, String domesticLevel, String foreign,
                                               String foreignLevel, String localityId, String since) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("province", province);
        body.put("domesticUnit", new LinkedHashMap<>(Map.of("name", domestic, "level", domesticLevel, "district", "Móng Cái")));
        body.put("foreignUnit", new LinkedHashMap<>(Map.of("name", foreign, "level", foreignLevel)));
        body.put("localityId", localityId);
        body.put("since", since);
        return body;
    }

    // ----- exchanges

    public static Map<String, Object> exchange(String province, String direction, String title, String startDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("province", province);
        body.put("direction", direction);
        body.put("title", title);
        body.put("purpose", "Study tour");
        body.put("startDate", startDate);
        return body;
    }

    // ----- friendship associations

    public static Map<String, Object> association(String province, String name, String country, Integer members) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("province", province);
        body.put("name", name);
        body.put("localName", "Hội hữu nghị " + name);
        body.put("counterpartCountry", country);
        body.put("members", members);
        body.put("founded", "2010-05-19");
        return body;
    }

    // ----- problems

    /** Asserts an RFC 9457 problem answer with the given status. */
    public static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(status))
                .body("type", startsWith("urn:problem:ngo-aid:"))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", startsWith("/"));
    }

    /** Asserts a 400 problem whose {@code errors} name the field. */
    public static ValidatableResponse assertInvalid(ValidatableResponse response, String field) {
        return assertProblem(response, 400)
                .body("type", equalTo("urn:problem:ngo-aid:validation"))
                .body("errors.field", hasItem(field));
    }
}
