package vn.ngoaid.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.ngoaid.registry.Fixtures.PROBLEM_JSON;
import static vn.ngoaid.registry.Fixtures.api;
import static vn.ngoaid.registry.Fixtures.assertInvalid;
import static vn.ngoaid.registry.Fixtures.assertProblem;
import static vn.ngoaid.registry.Fixtures.organization;
import static vn.ngoaid.registry.Fixtures.postOrganization;

/** Every error is an RFC 9457 problem+json answer with the contract's fields, and never a 500 or a stack trace. */
@QuarkusTest
class ProblemAnswersTest {

    @Test
    void validationProblemHasEveryField() {
        var body = organization("");
        body.put("countryCode", "XX");
        postOrganization(body)
                .statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo("urn:problem:ngo-aid:validation"))
                .body("title", equalTo("Invalid input"))
                .body("status", equalTo(400))
                .body("detail", containsString("2"))
                .body("instance", equalTo("/api/v1/organizations"))
                .body("errors", hasSize(2))
                .body("errors.field", equalTo(java.util.List.of("countryCode", "name")))
                .body("errors.message", not(hasItem(nullValue())));
    }

    @Test
    void malformedJsonIsAValidationProblemNamingTheBody() {
        assertInvalid(api().body("{\"name\": \"Broken\", ").post("/api/v1/organizations").then(), "body");
        assertInvalid(api().body("not json at all").post("/api/v1/organizations").then(), "body");
        String org = vn.ngoaid.registry.Fixtures.createOrganization();
        assertInvalid(api().body("{\"kind\": \"OPERATION\"").post("/api/v1/organizations/{id}/registrations", org).then(), "body");
        assertInvalid(api().body("{\"status\": ").post("/api/v1/registrations/{id}/status-changes", UUID.randomUUID()).then(), "body");
    }

    @Test
    void notFoundProblemHasNoErrorsList() {
        String id = UUID.randomUUID().toString();
        assertProblem(given().accept(ContentType.JSON).get("/api/v1/registrations/{id}", id).then(), 404)
                .body("instance", equalTo("/api/v1/registrations/" + id))
                .body("errors", nullValue());
    }

    @Test
    void unknownPathIs404Problem() {
        assertProblem(given().accept(ContentType.JSON).get("/api/v1/nothing-here").then(), 404);
    }

    @Test
    void malformedIdInThePathIs400NamingIt() {
        given().accept(ContentType.JSON).get("/api/v1/organizations/not-a-uuid").then()
                .statusCode(400).contentType(startsWith(PROBLEM_JSON)).body("errors[0].field", equalTo("id"));
        given().accept(ContentType.JSON).get("/api/v1/registrations/12345").then()
                .statusCode(400).contentType(startsWith(PROBLEM_JSON)).body("errors[0].field", equalTo("id"));
    }

    @Test
    void wrongMethodIs405Problem() {
        assertProblem(api().delete("/api/v1/organizations").then(), 405);
        assertProblem(api().body("{}").put("/api/v1/registrations").then(), 405);
    }

    @Test
    void wrongContentTypeIs415Problem() {
        assertProblem(given().contentType(ContentType.TEXT).body("name=x").post("/api/v1/organizations").then(), 415);
    }

    @Test
    void problemsNeverCarryAStackTrace() {
        String answer = api().body("{\"name\": [1, 2, {\"x\": ").post("/api/v1/organizations").then()
                .statusCode(400).extract().asString();
        assertFalse(answer.contains("Exception"), answer);
        assertFalse(answer.contains("\tat "), answer);
        assertFalse(answer.contains("com.fasterxml"), answer);
    }

    @Test
    void deeplyNestedOrHugeInputIsNot500() {
        String nested = "[".repeat(5000) + "]".repeat(5000);
        api().body("{\"name\": " + nested + "}").post("/api/v1/organizations").then()
                .statusCode(400).contentType(startsWith(PROBLEM_JSON));
        var body = organization("x".repeat(100_000));
        assertInvalid(postOrganization(body), "name");
    }

    @Test
    void invalidIdempotencyKeyIs400NamingTheHeader() {
        assertInvalid(api().header("Idempotency-Key", "k".repeat(256))
                .body(vn.ngoaid.registry.Fixtures.json(organization(vn.ngoaid.registry.Fixtures.uniqueName("Key"))))
                .post("/api/v1/organizations").then(), "Idempotency-Key");
        assertInvalid(api().header("Idempotency-Key", "two words")
                .body(vn.ngoaid.registry.Fixtures.json(organization(vn.ngoaid.registry.Fixtures.uniqueName("Key"))))
                .post("/api/v1/organizations").then(), "Idempotency-Key");
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/organizations/{id}/eligibility"));
    }

    @Test
    void anOversizedBodyIs413ProblemAndNothingIsRead() {
        String big = "{\"name\": \"" + "x".repeat(1_100_000) + "\", \"countryCode\": \"DE\", \"type\": \"INGO\"}";
        io.restassured.RestAssured.given().contentType("application/json").body(big).post("/api/v1/organizations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(413));
    }
}
