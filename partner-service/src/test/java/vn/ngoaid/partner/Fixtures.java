package vn.ngoaid.partner;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vn.ngoaid.common.testing.ApiFixtures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Test data made through the public API. Every name carries a random token, so tests never see each other's data,
 * in any order and on a second run against the same database.
 */
public final class Fixtures extends ApiFixtures {

    private Fixtures() {
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
        return fields("name", name, "localName", "本地 " + name, "vietnameseName", "Địa phương " + name,
                "countryCode", countryCode, "level", level, "parentId", parentId);
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
        return fields("province", province, "localityId", localityId, "kind", kind, "since", since, "status", "ACTIVE",
                "note", "Test partnership " + token());
    }

    // ----- agreements

    public static Map<String, Object> agreement(String province, Map<String, Object> counterpart, String title, String signedOn) {
        return fields("province", province, "counterpart", counterpart, "title", title,
                "localTitle", "Thỏa thuận hợp tác " + title, "signedOn", signedOn, "sectors", List.of("31120"),
                "signatoryLevel", "PROVINCIAL_PEOPLES_COMMITTEE");
    }

    public static Map<String, Object> byLocality(String localityId) {
        return fields("localityId", localityId);
    }

    public static Map<String, Object> byOrganization(UUID organizationId) {
        return fields("organizationId", organizationId.toString());
    }

    public static Map<String, Object> byName(String name, String countryCode) {
        return fields("name", name, "countryCode", countryCode);
    }

    // ----- twinnings

    public static Map<String, Object> twinning(String province, String domestic, String domesticLevel, String foreign,
                                               String foreignLevel, String localityId, String since) {
        return fields("province", province,
                "domesticUnit", fields("name", domestic, "level", domesticLevel, "district", "Móng Cái"),
                "foreignUnit", fields("name", foreign, "level", foreignLevel), "localityId", localityId, "since", since);
    }

    // ----- exchanges

    public static Map<String, Object> exchange(String province, String direction, String title, String startDate) {
        return fields("province", province, "direction", direction, "title", title, "purpose", "Study tour",
                "startDate", startDate);
    }

    // ----- friendship associations

    public static Map<String, Object> association(String province, String name, String country, Integer members) {
        return fields("province", province, "name", name, "localName", "Hội hữu nghị " + name,
                "counterpartCountry", country, "members", members, "founded", "2010-05-19");
    }
}
