package vn.ngoaid.registry.organization;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.ngoaid.registry.Fixtures.api;
import static vn.ngoaid.registry.Fixtures.assertInvalid;
import static vn.ngoaid.registry.Fixtures.assertProblem;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.json;
import static vn.ngoaid.registry.Fixtures.organization;
import static vn.ngoaid.registry.Fixtures.token;
import static vn.ngoaid.registry.Fixtures.uniqueName;

/** PUT of an organization: If-Match is required (428), a stale ETag is refused (412), a fresh one succeeds. */
@QuarkusTest
class OrganizationUpdateTest {

    private static String etagOf(String id) {
        return given().accept(ContentType.JSON).get("/api/v1/organizations/{id}", id).then()
                .statusCode(200).extract().header("ETag");
    }

    private static ValidatableResponse put(String id, String ifMatch, Map<String, Object> body) {
        var request = api().body(json(body));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/organizations/{id}", id).then();
    }

    @Test
    void putWithoutIfMatchIs428() {
        String name = uniqueName("No If-Match");
        String id = createOrganization(organization(name));
        assertProblem(put(id, null, organization(name + " renamed")), 428)
                .body("type", equalTo("urn:problem:ngo-aid:precondition-required"));
        // nothing changed
        given().accept(ContentType.JSON).get("/api/v1/organizations/{id}", id).then()
                .body("name", equalTo(name)).header("ETag", equalTo("\"0\""));
    }

    @Test
    void putWithStaleETagIs412() {
        String name = uniqueName("Stale");
        String id = createOrganization(organization(name));
        assertProblem(put(id, "\"7\"", organization(name + " renamed")), 412)
                .body("type", equalTo("urn:problem:ngo-aid:precondition-failed"));
    }

    @Test
    void putWithCurrentETagIs200WithNewETagAndOldETagBecomesStale() {
        String name = uniqueName("Updatable");
        String id = createOrganization(organization(name));
        String etag = etagOf(id);

        String newName = uniqueName("Renamed Đoàn");
        Map<String, Object> replacement = organization(newName, "DE", "FOUNDATION");
        replacement.put("sectors", List.of("11220"));
        replacement.put("status", "INACTIVE");
        replacement.put("email", "new@example.org");
        String newEtag = put(id, etag, replacement)
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo(newName))
                .body("type", equalTo("FOUNDATION"))
                .body("status", equalTo("INACTIVE"))
                .body("sectors", equalTo(List.of("11220")))
                .body("email", equalTo("new@example.org"))
                .header("ETag", not(equalTo(etag)))
                .extract().header("ETag");
        assertNotEquals(etag, newEtag);

        // the stored resource and its ETag changed
        given().accept(ContentType.JSON).get("/api/v1/organizations/{id}", id).then()
                .statusCode(200)
                .header("ETag", equalTo(newEtag))
                .body("name", equalTo(newName))
                .body("status", equalTo("INACTIVE"));

        // the old ETag is now stale, the new one works
        assertProblem(put(id, etag, organization(name)), 412);
        put(id, newEtag, organization(name)).statusCode(200).body("name", equalTo(name));
    }

    @Test
    void putKeepsTheSearchTextUpToDate() {
        String id = createOrganization(organization(uniqueName("Before")));
        String marker = token();
        put(id, etagOf(id), organization("Hội Chữ Thập Đỏ " + marker)).statusCode(200);
        given().accept(ContentType.JSON).queryParam("q", "hoi chu thap do " + marker)
                .get("/api/v1/organizations").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void putWithWildcardIfMatchIs428AndChangesNothing() {
        String name = uniqueName("Wildcard");
        String id = createOrganization(organization(name));
        assertProblem(put(id, "*", organization(uniqueName("Wildcard renamed"))), 428);
        given().accept(ContentType.JSON).get("/api/v1/organizations/{id}", id).then()
                .body("name", equalTo(name)).header("ETag", equalTo("\"0\""));
    }

    @Test
    void putOnUnknownIdIs404() {
        assertProblem(put(UUID.randomUUID().toString(), "\"0\"", organization(uniqueName("Ghost"))), 404);
    }

    @Test
    void putWithInvalidBodyIs400() {
        String id = createOrganization(organization(uniqueName("Invalid put")));
        Map<String, Object> body = organization("");
        body.put("countryCode", "XX");
        assertInvalid(put(id, etagOf(id), body), "countryCode")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void putThatTakesAnotherOrganizationsNameIs409() {
        String taken = uniqueName("Taken");
        createOrganization(organization(taken));
        String id = createOrganization(organization(uniqueName("Other")));
        assertProblem(put(id, etagOf(id), organization(taken.toLowerCase())), 409);
    }

    @Test
    void putKeepingItsOwnNameIsNotADuplicate() {
        String name = uniqueName("Same name");
        String id = createOrganization(organization(name));
        Map<String, Object> body = organization(name.toUpperCase());
        body.put("acronym", "NEW");
        put(id, etagOf(id), body).statusCode(200).body("acronym", equalTo("NEW")).body("name", equalTo(name.toUpperCase()));
    }
}
