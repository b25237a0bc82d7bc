package vn.ngoaid.registry.organization;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ngoaid.registry.Fixtures.api;
import static vn.ngoaid.registry.Fixtures.assertInvalid;
import static vn.ngoaid.registry.Fixtures.assertProblem;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.json;
import static vn.ngoaid.registry.Fixtures.organization;
import static vn.ngoaid.registry.Fixtures.postOrganization;
import static vn.ngoaid.registry.Fixtures.uniqueName;

/** POST and GET of organizations: the created resource, and every validation error of the body. */
@QuarkusTest
class OrganizationCreateTest {

    @Test
    void createAnswers201WithLocationETagAndStoredResource() {
        String name = uniqueName("Terre des Hommes Test");
        Map<String, Object> body = organization(name);
        body.put("sectors", List.of("11220", "12220", "11220"));
        ExtractableResponse<Response> created = postOrganization(body)
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("name", equalTo(name))
                .body("localName", equalTo("Tổ chức thử nghiệm"))
                .body("acronym", equalTo("TST"))
                .body("countryCode", equalTo("DE"))
                .body("type", equalTo("INGO"))
                .body("headquarters", equalTo("Osnabrück"))
                .body("website", equalTo("https://www.example.org"))
                .body("email", equalTo("info@example.org"))
                .body("sectors", equalTo(List.of("11220", "12220")))
                .body("status", equalTo("ACTIVE"))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .extract();
        String id = created.path("id");
        UUID.fromString(id);
        String location = created.header("Location");
        assertEquals(true, location.endsWith("/api/v1/organizations/" + id), location);

        // the Location answers the same resource
        given().accept(ContentType.JSON).get(location).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("name", equalTo(name))
                .body("createdAt", equalTo(created.path("createdAt")));
    }

    @Test
    void statusDefaultsToActiveAndNameIsTrimmed() {
        String name = uniqueName("Trimmed");
        Map<String, Object> body = organization("  " + name + "  ");
        body.remove("status");
        body.remove("localName");
        body.remove("sectors");
        postOrganization(body).statusCode(201)
                .body("name", equalTo(name))
                .body("status", equalTo("ACTIVE"))
                .body("sectors", hasSize(0));
    }

    @Test
    void getUnknownIdIs404Problem() {
        String id = UUID.randomUUID().toString();
        assertProblem(given().accept(ContentType.JSON).get("/api/v1/organizations/{id}", id).then(), 404)
                .body("type", equalTo("urn:problem:ngo-aid:not-found"))
                .body("detail", containsString(id))
                .body("instance", equalTo("/api/v1/organizations/" + id));
    }

    @Test
    void duplicateNameInSameCountryIs409WhateverTheLetterCase() {
        String name = uniqueName("Duplicate Org");
        createOrganization(organization(name, "DE", "INGO"));
        assertProblem(postOrganization(organization(name, "DE", "FOUNDATION")), 409)
                .body("type", equalTo("urn:problem:ngo-aid:conflict"));
        assertProblem(postOrganization(organization(name.toUpperCase(), "DE", "INGO")), 409);
        assertProblem(postOrganization(organization(" " + name.toLowerCase() + " ", "DE", "INGO")), 409);
    }

    @Test
    void sameNameInAnotherCountryIsAccepted() {
        String name = uniqueName("Twin Org");
        String german = createOrganization(organization(name, "DE", "INGO"));
        String french = createOrganization(organization(name, "FR", "INGO"));
        assertEquals(false, german.equals(french));
    }

    // ----- validation: each error is a 400 problem naming the field

    @Test
    void blankNameIs400() {
        assertInvalid(postOrganization(organization("   ")), "name")
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void missingNameIs400() {
        assertInvalid(postWith("name", null), "name");
    }

    @Test
    void tooLongNameIs400() {
        assertInvalid(postOrganization(organization("N".repeat(301))), "name");
    }

    @Test
    void nameOf300CharactersIsAccepted() {
        String name = uniqueName("L");
        postOrganization(organization(name + "x".repeat(300 - name.length()))).statusCode(201);
    }

    /** POSTs a valid organization but for {@code field}: set to {@code value}, or left out when that is null. */
    private static ValidatableResponse postWith(String field, Object value) {
        Map<String, Object> body = organization(uniqueName("With " + field));
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return postOrganization(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "de", "DEU", "ZZ", ""})
    void unknownCountryCodeIs400(String code) {
        assertInvalid(postOrganization(organization(uniqueName("Country"), code, "INGO")), "countryCode");
    }

    @Test
    void missingCountryCodeIs400() {
        assertInvalid(postWith("countryCode", null), "countryCode");
    }

    @Test
    void unknownSectorCodeIs400() {
        assertInvalid(postWith("sectors", List.of("12220", "99999")), "sectors[1]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "a@@b.org", "info at example.org"})
    void badEmailIs400(String email) {
        assertInvalid(postWith("email", email), "email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.example.org", "ftp://example.org", "https://exa mple.org", "javascript:alert(1)"})
    void badWebsiteIs400(String website) {
        assertInvalid(postWith("website", website), "website");
    }

    @Test
    void unknownTypeIs400() {
        assertInvalid(postOrganization(organization(uniqueName("Type"), "DE", "CHARITY")), "type")
                .body("errors[0].message", containsString("INGO"));
    }

    @Test
    void missingTypeIs400() {
        assertInvalid(postWith("type", null), "type");
    }

    @Test
    void unknownStatusIs400() {
        assertInvalid(postWith("status", "CLOSED"), "status");
    }

    @Test
    void unknownExtraFieldIs400() {
        assertInvalid(postWith("founded", 1960), "founded")
                .body("errors[0].message", containsString("founded"));
    }

    @Test
    void wrongJsonTypeIs400() {
        assertInvalid(postWith("sectors", Map.of("code", "12220")), "sectors");

        assertInvalid(postWith("name", Map.of("en", "x")), "name");

        assertInvalid(postWith("type", List.of("INGO")), "type");
    }

    @Test
    void malformedJsonIs400() {
        // the field list for unreadable JSON is checked in ProblemAnswersTest (disabled until the mapper bug is fixed)
        assertProblem(api().body("{\"name\": \"Broken\", ").post("/api/v1/organizations").then(), 400);
        assertProblem(api().body("not json at all").post("/api/v1/organizations").then(), 400);
        assertProblem(api().body("{\"name\": \"a\"} trailing").post("/api/v1/organizations").then(), 400);
    }

    @Test
    void numbersAndBooleansAreNotTextNorEnumValues() {
        assertInvalid(postWith("name", 123), "name")
                .body("errors[0].message", not(containsString("control")));
        assertInvalid(postWith("acronym", true), "acronym");
        assertInvalid(postWith("type", 0), "type");
    }

    @Test
    void controlCharacterInAStringIs400() {
        assertInvalid(postOrganization(organization(uniqueName("Bell") + "\u0007")), "name");
        assertInvalid(postWith("headquarters", "Osna\u0000brück"), "headquarters");
    }

    @Test
    void missingBodyIs400() {
        assertProblem(api().post("/api/v1/organizations").then(), 400)
                .body("type", equalTo("urn:problem:ngo-aid:validation"))
                .body("errors", hasSize(1));
    }

    @Test
    void nullBodyIs400() {
        assertProblem(api().body("null").post("/api/v1/organizations").then(), 400);
    }

    @Test
    void severalInvalidFieldsAreAllListed() {
        Map<String, Object> body = organization("");
        body.put("countryCode", "XX");
        body.put("email", "nope");
        assertInvalid(postOrganization(body), "name")
                .body("errors.field", hasItems("name", "countryCode", "email"))
                .body("detail", containsString("3"));
    }

    @Test
    void nonJsonContentTypeIsAProblemNot500() {
        given().contentType(ContentType.TEXT).accept(ContentType.JSON).body(json(organization("x")))
                .post("/api/v1/organizations").then()
                .statusCode(415)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void createdOrganizationIsReadableById() {
        String id = createOrganization(organization(uniqueName("Readable"), "US", "FOUNDATION"));
        given().accept(ContentType.JSON).get("/api/v1/organizations/{id}", id).then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("countryCode", equalTo("US"))
                .body("type", equalTo("FOUNDATION"))
                .body("version", equalTo(0));
    }
}
