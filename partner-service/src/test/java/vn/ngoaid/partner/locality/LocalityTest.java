package vn.ngoaid.partner.locality;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.ngoaid.partner.Fixtures.assertInvalid;
import static vn.ngoaid.partner.Fixtures.assertProblem;
import static vn.ngoaid.partner.Fixtures.createLocality;
import static vn.ngoaid.partner.Fixtures.list;
import static vn.ngoaid.partner.Fixtures.locality;
import static vn.ngoaid.partner.Fixtures.post;
import static vn.ngoaid.partner.Fixtures.put;
import static vn.ngoaid.partner.Fixtures.token;

/** Localities: creation, the parent rules (existence, country, no cycles), uniqueness, search and updates. */
@QuarkusTest
class LocalityTest {

    private static final String PATH = "/api/v1/localities";

    @Test
    void createAnswers201WithLocationETagAndStoredResource() {
        String name = "Anseong " + token();
        String gyeonggi = createLocality("Gyeonggi " + token(), "KR", "PROVINCE", null);
        ExtractableResponse<Response> created = post(PATH, locality("  " + name + " ", "KR", "CITY", gyeonggi))
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString(PATH + "/"))
                .body("name", equalTo(name))
                .body("countryCode", equalTo("KR"))
                .body("level", equalTo("CITY"))
                .body("parentId", equalTo(gyeonggi))
                .body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        given().accept(ContentType.JSON).get(created.header("Location")).then()
                .statusCode(200).header("ETag", equalTo("\"0\"")).body("id", equalTo(id)).body("name", equalTo(name));
    }

    @Test
    void unknownIdIs404AndBadIdIs400() {
        String id = UUID.randomUUID().toString();
        assertProblem(given().accept(ContentType.JSON).get(PATH + "/{id}", id).then(), 404)
                .body("detail", containsString(id));
        assertInvalid(given().accept(ContentType.JSON).get(PATH + "/not-a-uuid").then(), "id");
    }

    @Test
    void invalidFieldsAre400() {
        assertInvalid(post(PATH, locality("X " + token(), "XX", "CITY", null)), "countryCode");
        assertInvalid(post(PATH, locality("X " + token(), "CN", "HAMLET", null)), "level");
        assertInvalid(post(PATH, locality(" ", "CN", "CITY", null)), "name");
        Map<String, Object> noLevel = locality("X " + token(), "CN", "CITY", null);
        noLevel.remove("level");
        assertInvalid(post(PATH, noLevel), "level");
        Map<String, Object> badParent = locality("X " + token(), "CN", "CITY", null);
        badParent.put("parentId", "nope");
        assertInvalid(post(PATH, badParent), "parentId");
    }

    @Test
    void duplicateNameInSameCountryAndParentIs409WhateverTheCase() {
        String name = "Wenshan " + token();
        String yunnan = createLocality("Yunnan " + token(), "CN", "PROVINCE", null);
        createLocality(name, "CN", "PREFECTURE", yunnan);
        assertProblem(post(PATH, locality(name.toUpperCase(), "CN", "PREFECTURE", yunnan)), 409)
                .body("type", equalTo("urn:problem:ngo-aid:conflict"));
        // the same name elsewhere is another locality
        String guangxi = createLocality("Guangxi " + token(), "CN", "REGION", null);
        post(PATH, locality(name, "CN", "PREFECTURE", guangxi)).statusCode(201);
        post(PATH, locality(name, "CN", "PREFECTURE", null)).statusCode(201);
        post(PATH, locality(name, "LA", "PROVINCE", null)).statusCode(201);
        // and two at the top level clash too
        assertProblem(post(PATH, locality(name, "CN", "CITY", null)), 409);
    }

    @Test
    void parentMustExistAndBeInTheSameCountry() {
        assertProblem(post(PATH, locality("Orphan " + token(), "CN", "CITY", UUID.randomUUID().toString())), 422)
                .body("type", equalTo("urn:problem:ngo-aid:domain-rule"));
        String lao = createLocality("LA");
        assertProblem(post(PATH, locality("Cross " + token(), "CN", "CITY", lao)), 422)
                .body("detail", containsString("LA"));
    }

    @Test
    void aLocalityCannotBecomeItsOwnAncestor() {
        String a = createLocality("A " + token(), "CN", "PROVINCE", null);
        String b = createLocality("B " + token(), "CN", "PREFECTURE", a);
        String c = createLocality("C " + token(), "CN", "CITY", b);
        Map<String, Object> aUnderC = locality("A2 " + token(), "CN", "PROVINCE", c);
        assertProblem(put(PATH + "/" + a, "\"0\"", aUnderC), 422).body("detail", containsString("ancestor"));
        assertProblem(put(PATH + "/" + a, "\"0\"", locality("A3 " + token(), "CN", "PROVINCE", a)), 422);
        // moving C to the top and then A under C is fine: no cycle any more
        put(PATH + "/" + c, "\"0\"", locality("C " + token(), "CN", "CITY", null)).statusCode(200);
        put(PATH + "/" + a, "\"0\"", aUnderC).statusCode(200).body("parentId", equalTo(c)).header("ETag", equalTo("\"1\""));
    }

    @Test
    void aLocalityWithLocalitiesInsideCannotChangeCountry() {
        String parent = createLocality("Parent " + token(), "CN", "PROVINCE", null);
        createLocality("Child " + token(), "CN", "CITY", parent);
        assertProblem(put(PATH + "/" + parent, "\"0\"", locality("Parent " + token(), "VN", "PROVINCE", null)), 422);
    }

    @Test
    void putNeedsTheCurrentETag() {
        String name = "Xiangkhouang " + token();
        String id = createLocality(name, "LA", "PROVINCE", null);
        Map<String, Object> body = locality(name + " renamed", "LA", "PROVINCE", null);
        assertProblem(put(PATH + "/" + id, null, body), 428);
        assertProblem(put(PATH + "/" + id, "\"7\"", body), 412);
        put(PATH + "/" + id, "\"0\"", body).statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo(name + " renamed")).body("version", equalTo(1));
        assertProblem(put(PATH + "/" + id, "\"0\"", body), 412);
        assertProblem(put(PATH + "/" + UUID.randomUUID(), "\"0\"", body), 404);
        // whole replacement: a field left out is cleared
        body.remove("localName");
        put(PATH + "/" + id, "\"1\"", body).statusCode(200).body("localName", nullValue());
    }

    @Test
    void searchIgnoresCaseAndAccentsAndFiltersCombine() {
        String t = token();
        String yunnan = createLocality("Yunnan " + t, "CN", "PROVINCE", null);
        Map<String, Object> wenshan = locality("Wenshan " + t, "CN", "PREFECTURE", yunnan);
        wenshan.put("vietnameseName", "châu Văn Sơn " + t);
        wenshan.put("localName", "文山 " + t);
        String id = post(PATH, wenshan).statusCode(201).extract().path("id");
        createLocality("Anseong " + t, "KR", "CITY", null);

        list(PATH, "q", "van son " + t).statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        list(PATH, "q", "VĂN SƠN").statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));
        list(PATH, "q", "文山 " + t).statusCode(200).body("totalItems", equalTo(1));
        list(PATH, "q", t).statusCode(200).body("totalItems", equalTo(3));
        list(PATH, "q", t, "countryCode", "CN").statusCode(200).body("totalItems", equalTo(2));
        list(PATH, "q", t, "level", "prefecture").statusCode(200).body("totalItems", equalTo(1));
        list(PATH, "q", t, "parentId", yunnan).statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        list(PATH, "q", t, "sort", "name,desc").statusCode(200).body("items[0].name", equalTo("Yunnan " + t));
        list(PATH, "q", t, "size", 2, "page", 1).statusCode(200).body("items.size()", equalTo(1))
                .body("totalPages", equalTo(2)).body("page", equalTo(1));
        assertInvalid(list(PATH, "countryCode", "XX"), "countryCode");
        assertInvalid(list(PATH, "level", "HAMLET"), "level");
        assertInvalid(list(PATH, "parentId", "x"), "parentId");
    }
}
