package vn.ngoaid.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ngoaid.registry.Fixtures.api;
import static vn.ngoaid.registry.Fixtures.assertInvalid;
import static vn.ngoaid.registry.Fixtures.assertProblem;
import static vn.ngoaid.registry.Fixtures.createOperation;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.json;
import static vn.ngoaid.registry.Fixtures.operation;
import static vn.ngoaid.registry.Fixtures.organization;
import static vn.ngoaid.registry.Fixtures.statusChange;
import static vn.ngoaid.registry.Fixtures.today;
import static vn.ngoaid.registry.Fixtures.token;

/**
 * Idempotency-Key on POST: the same key with the same body replays the first answer and creates nothing; the same
 * key with another body is 422; a failed first try leaves the key free.
 */
@QuarkusTest
class IdempotencyTest {

    private static String key() {
        return "test-" + UUID.randomUUID();
    }

    private static ValidatableResponse postOrganization(String key, String body) {
        return api().header("Idempotency-Key", key).body(body).post("/api/v1/organizations").then();
    }

    private static int countByName(String name) {
        return given().accept(ContentType.JSON).queryParam("q", name).get("/api/v1/organizations").then()
                .statusCode(200).extract().path("totalItems");
    }

    @Test
    void sameKeyAndSameBodyReplaysTheFirstAnswerAndCreatesNothing() {
        String key = key();
        String name = "Idempotent Org " + token();
        String body = json(organization(name));

        ExtractableResponse<Response> first = postOrganization(key, body).statusCode(201).extract();
        ExtractableResponse<Response> second = postOrganization(key, body)
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Idempotent-Replayed", "true")
                .extract();

        assertEquals((String) first.path("id"), second.path("id"));
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals((String) first.path("createdAt"), second.path("createdAt"));
        assertEquals(1, countByName(name));

        // a third time, too
        postOrganization(key, body).statusCode(201).body("id", equalTo(first.path("id")));
        assertEquals(1, countByName(name));
    }

    @Test
    void sameBodyWrittenDifferentlyIsTheSameRequest() {
        String key = key();
        String name = "Reordered Org " + token();
        postOrganization(key, "{\"name\": \"" + name + "\", \"countryCode\": \"DE\", \"type\": \"INGO\"}").statusCode(201);
        postOrganization(key, "{ \"type\":\"INGO\",\"countryCode\":\"DE\",\n \"name\":\"" + name + "\" }")
                .statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(1, countByName(name));
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String key = key();
        String name = "Key Reuse " + token();
        String id = postOrganization(key, json(organization(name))).statusCode(201).extract().path("id");

        assertProblem(postOrganization(key, json(organization(name + " other"))), 422)
                .body("type", equalTo("urn:problem:ngo-aid:domain-rule"));
        assertEquals(0, countByName(name + " other"));
        // the first answer is still replayed for the first body
        postOrganization(key, json(organization(name))).statusCode(201).body("id", equalTo(id));
    }

    @Test
    void aFailedFirstTryLeavesTheKeyUsable() {
        String key = key();
        String name = "Retry Org " + token();
        assertInvalid(postOrganization(key, json(organization(""))), "name");
        postOrganization(key, json(organization(name))).statusCode(201);
        assertEquals(1, countByName(name));
    }

    @Test
    void aConflictOnTheFirstTryLeavesTheKeyUsable() {
        String taken = "Taken Org " + token();
        createOrganization(organization(taken));
        String key = key();
        assertProblem(postOrganization(key, json(organization(taken))), 409);
        // the key was not consumed: the same key now works with a body that succeeds
        String name = "Retry After Conflict " + token();
        postOrganization(key, json(organization(name))).statusCode(201);
        assertEquals(1, countByName(name));
    }

    @Test
    void keysAreScopedToTheirEndpoint() {
        String key = key();
        String org = postOrganization(key, json(organization("Scoped " + token()))).statusCode(201).extract().path("id");
        api().header("Idempotency-Key", key).body(json(operation(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20")))
                .post("/api/v1/organizations/{id}/registrations", org).then()
                .statusCode(201).body("organizationId", equalTo(org));
    }

    @Test
    void registrationReplayCreatesNoSecondRegistration() {
        String org = createOrganization();
        String key = key();
        String body = json(operation(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), "20"));
        String first = api().header("Idempotency-Key", key).body(body)
                .post("/api/v1/organizations/{id}/registrations", org).then().statusCode(201).extract().path("id");
        api().header("Idempotency-Key", key).body(body)
                .post("/api/v1/organizations/{id}/registrations", org).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().accept(ContentType.JSON).queryParam("organizationId", org).get("/api/v1/registrations").then()
                .body("totalItems", equalTo(1));
        // without the key the same body is a new request: its certificate number is taken
        assertProblem(api().body(body).post("/api/v1/organizations/{id}/registrations", org).then(), 409);
    }

    @Test
    void statusChangeReplayAddsNoSecondHistoryEntry() {
        String org = createOrganization();
        String registration = createOperation(org, today().minusYears(1), today().plusYears(1), "20");
        String key = key();
        String body = json(statusChange("SUSPENDED", today().minusDays(2)));
        api().header("Idempotency-Key", key).body(body)
                .post("/api/v1/registrations/{id}/status-changes", registration).then()
                .statusCode(200).body("history", hasSize(2));
        api().header("Idempotency-Key", key).body(body)
                .post("/api/v1/registrations/{id}/status-changes", registration).then()
                .statusCode(200).header("Idempotent-Replayed", "true").body("history", hasSize(2))
                .body("status", equalTo("SUSPENDED"));
        given().accept(ContentType.JSON).get("/api/v1/registrations/{id}", registration).then()
                .body("history", hasSize(2));
        // without the key, suspending again is an illegal transition
        assertProblem(api().body(body).post("/api/v1/registrations/{id}/status-changes", registration).then(), 409);
    }

    @Test
    void concurrentTriesWithTheSameKeyCreateOneOrganization() throws Exception {
        String key = key();
        String name = "Concurrent Org " + token();
        String body = json(organization(name));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> tries = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                tries.add(() -> postOrganization(key, body).statusCode(201).extract().path("id"));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(tries)) {
                ids.add(f.get());
            }
            assertEquals(1, ids.stream().distinct().count(), ids.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, countByName(name));
    }

    @Test
    void requestsWithoutKeyAreNotDeduplicated() {
        String t = token();
        Map<String, Object> a = organization("No Key A " + t);
        Map<String, Object> b = organization("No Key B " + t);
        api().body(json(a)).post("/api/v1/organizations").then().statusCode(201);
        api().body(json(b)).post("/api/v1/organizations").then().statusCode(201);
        assertEquals(2, countByName(t));
    }
}
