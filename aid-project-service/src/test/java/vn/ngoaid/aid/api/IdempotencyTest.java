package vn.ngoaid.aid.api;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.ngoaid.aid.Fixtures.EXACT;
import static vn.ngoaid.aid.Fixtures.assertInvalid;
import static vn.ngoaid.aid.Fixtures.assertProblem;
import static vn.ngoaid.aid.Fixtures.assertRuleBroken;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.decimal;
import static vn.ngoaid.aid.Fixtures.getProject;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.transactionBody;
import static vn.ngoaid.aid.Fixtures.transactionCount;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * Idempotency-Key on POST /projects and POST /projects/{id}/transactions: the same key with the same body replays the
 * first answer and creates nothing; the same key with another body is 422; a refused first try leaves the key free.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class IdempotencyTest {

    private static String key() {
        return "test-" + UUID.randomUUID();
    }

    private static ValidatableResponse postWithKey(String path, String key, Object body) {
        return given().config(EXACT).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(path).then();
    }

    private static int projectsWithCode(Object code) {
        return given().queryParam("q", code).get("/api/v1/projects").then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void sameKeyAndSameProjectReplaysTheFirstAnswerAndCreatesNothing() {
        String key = key();
        Map<String, Object> body = project();
        ExtractableResponse<Response> first = postWithKey("/api/v1/projects", key, body).statusCode(201)
                .header("Idempotent-Replayed", nullValue()).extract();
        ExtractableResponse<Response> second = postWithKey("/api/v1/projects", key, body).statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("code", equalTo(body.get("code")))
                .extract();
        assertThat(second.path("id"), equalTo(first.path("id")));
        assertThat(second.header("Location"), equalTo(first.header("Location")));
        assertThat(second.header("ETag"), equalTo(first.header("ETag")));
        assertThat(second.path("createdAt"), equalTo(first.path("createdAt")));
        assertThat(projectsWithCode(body.get("code")), equalTo(1));
    }

    @Test
    void sameKeyWithAnotherProjectIs422AndCreatesNothing() {
        String key = key();
        Map<String, Object> body = project();
        String id = postWithKey("/api/v1/projects", key, body).statusCode(201).extract().path("id");
        Map<String, Object> other = project();
        assertRuleBroken(postWithKey("/api/v1/projects", key, other))
                .body("detail", org.hamcrest.Matchers.containsString(key));
        assertThat(projectsWithCode(other.get("code")), equalTo(0));
        postWithKey("/api/v1/projects", key, body).statusCode(201).body("id", equalTo(id));
    }

    @Test
    void aRefusedFirstTryLeavesTheKeyFree() {
        String key = key();
        Map<String, Object> body = project();
        assertInvalid(postWithKey("/api/v1/projects", key, with(body, "currency", "ZZZ")), "currency");
        postWithKey("/api/v1/projects", key, body).statusCode(201).header("Idempotent-Replayed", nullValue());
        assertThat(projectsWithCode(body.get("code")), equalTo(1));
    }

    @Test
    void aReplayedTransactionIsRecordedOnce() {
        String id = create(project());
        money(id, "COMMITMENT", "2019-06-01", "5000000", null);
        String key = key();
        String path = "/api/v1/projects/" + id + "/transactions";
        Map<String, Object> body = transactionBody("DISBURSEMENT", "2019-07-01", "1000000", null);
        String first = postWithKey(path, key, body).statusCode(201).extract().path("id");
        postWithKey(path, key, body).statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first))
                .body("amount", decimal("1000000"));
        postWithKey(path, key, body).statusCode(201).body("id", equalTo(first));
        assertThat(transactionCount(id), equalTo(2));
        getProject(id).body("totals.disbursed", decimal("1000000"));
        // the same key with another amount is refused, and nothing is recorded
        assertRuleBroken(postWithKey(path, key, with(body, "amount", new java.math.BigDecimal("2000000"))));
        assertThat(transactionCount(id), equalTo(2));
        // without a key the same body is a new disbursement
        money(id, "DISBURSEMENT", "2019-07-01", "1000000", null);
        getProject(id).body("totals.disbursed", decimal("2000000"));
    }

    @Test
    void aRefusedTransactionIsReplayedNeitherAsSuccessNorAsItsRefusal() {
        String id = create(project());
        String key = key();
        String path = "/api/v1/projects/" + id + "/transactions";
        Map<String, Object> body = transactionBody("DISBURSEMENT", "2019-07-01", "1000", null);
        assertRuleBroken(postWithKey(path, key, body));
        money(id, "COMMITMENT", "2019-06-01", "1000", null);
        // once the commitment is there, the same key and body go through
        postWithKey(path, key, body).statusCode(201).header("Idempotent-Replayed", nullValue());
        assertThat(transactionCount(id), equalTo(2));
    }

    @Test
    void keysAreScopedToTheirPath() {
        String key = key();
        String a = create(project());
        String b = create(project());
        Map<String, Object> body = transactionBody("COMMITMENT", "2019-06-01", "1000", null);
        postWithKey("/api/v1/projects/" + a + "/transactions", key, body).statusCode(201);
        postWithKey("/api/v1/projects/" + b + "/transactions", key, body).statusCode(201)
                .header("Idempotent-Replayed", nullValue()).body("projectId", equalTo(b));
    }

    @Test
    void aKeyWithSpacesOrTooLongIs400() {
        assertProblem(postWithKey("/api/v1/projects", "two words", project()), 400);
        assertInvalid(postWithKey("/api/v1/projects", "k".repeat(256), project()), "Idempotency-Key");
    }
}
