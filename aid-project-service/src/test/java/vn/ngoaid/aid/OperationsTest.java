package vn.ngoaid.aid;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.ngoaid.aid.Fixtures.assertProblem;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.post;
import static vn.ngoaid.aid.Fixtures.postProject;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.registeredDonor;
import static vn.ngoaid.aid.Fixtures.with;
import static vn.ngoaid.common.testing.Health.assertDependencyUp;
import static vn.ngoaid.common.testing.Health.assertReadyWhileDown;

/**
 * What operators see: readiness that follows the service itself (a stopped registry shows in the health group
 * "dependencies" only, and leaves reads answering), the request id, and the counters at /q/metrics.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OperationsTest {

    private static final LocalDate APPROVED_ON = LocalDate.parse("2019-04-22");

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    @AfterEach
    void closeCircuits() {
        circuitBreakers.resetAll();
    }

    @Test
    void aStoppedRegistryLeavesTheServiceReadyWhileOnlyTheWritesThatNeedItAnswer503() {
        assertDependencyUp("ngo-registry-service");
        assertDependencyUp("partner-service");
        RegistryStub.shutDown();
        try {
            assertReadyWhileDown("ngo-registry-service");
            given().get("/api/v1/aggregates?groupBy=year").then().statusCode(200);
            given().get("/api/v1/projects?size=1").then().statusCode(200);
            given().get("/api/v1/iati/activities?province=12").then().statusCode(200);
            assertProblem(post("/api/v1/projects", with(project("USD"), "donor",
                    Map.of("organizationId", UUID.randomUUID().toString()))), 503)
                    .body("detail", containsString("ngo-registry-service"));
            // more checks than the circuit breaker's request volume: they must not open it
            for (int i = 0; i < 12; i++) {
                given().get("/q/health/group/dependencies").then().statusCode(503);
            }
        } finally {
            RegistryStub.startAgain();
        }
        assertDependencyUp("ngo-registry-service");
        post("/api/v1/projects", with(project("USD"), "donor",
                registeredDonor(UUID.randomUUID(), "Plan International", "GB", "INGO", APPROVED_ON, "12"))).statusCode(201);
    }

    @Test
    void theRequestIdComesBackAndGoesAlongToTheRegistry() {
        UUID organization = UUID.randomUUID();
        Map<String, Object> body = with(project("USD"), "donor",
                registeredDonor(organization, "Save the Children", "GB", "INGO", APPROVED_ON, "12"));
        String id = "ops-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("X-Request-Id", id).body(body).post("/api/v1/projects")
                .then().statusCode(201).header("X-Request-Id", equalTo(id));
        assertThat(eligibilityRequestIds(organization), equalTo(List.of(id)));

        // none given, or one that could break a log line: the service makes one up, answers it and forwards it
        UUID other = UUID.randomUUID();
        String made = given().contentType(ContentType.JSON).header("X-Request-Id", "bad id\twith spaces")
                .body(with(project("USD"), "donor", registeredDonor(other, "CARE", "US", "INGO", APPROVED_ON, "12")))
                .post("/api/v1/projects").then().statusCode(201)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}")).extract().header("X-Request-Id");
        assertThat(eligibilityRequestIds(other), equalTo(List.of(made)));
        given().get("/api/v1/reference/provinces?size=1").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void businessCountersMoveWithWhatHappens() {
        double projects = metric("aid_projects_created_total");
        double commitments = metric("aid_transactions_recorded_total{correction=\"false\",type=\"COMMITMENT\"}");
        double corrections = metric("aid_transactions_recorded_total{correction=\"true\",type=\"COMMITMENT\"}");
        double refusals = metric("aid_eligibility_refusals_total");

        String projectId = create(project("USD"));
        String commitment = post("/api/v1/projects/" + projectId + "/transactions",
                Map.of("type", "COMMITMENT", "date", "2019-06-01", "amount", 1000)).statusCode(201)
                .extract().path("id");
        post("/api/v1/projects/" + projectId + "/transactions", Map.of("type", "COMMITMENT", "date", "2019-07-01",
                "amount", -100, "correctsTransactionId", commitment)).statusCode(201);
        // refused: not counted as recorded
        post("/api/v1/projects/" + projectId + "/transactions",
                Map.of("type", "DISBURSEMENT", "date", "2019-06-02", "amount", 5000)).statusCode(422);
        UUID organization = UUID.randomUUID();
        RegistryStub.notEligible(organization, "Unregistered Fund", "12", APPROVED_ON, "no registration covers province 12");
        // a cold registry client may time out on a busy machine: that 503 (nothing stored) is retried
        postProject(with(project("USD"), "donor", Map.of("organizationId", organization.toString()))).statusCode(422);
        // an idempotent replay answers the first create again and counts nothing
        String key = "ops-" + UUID.randomUUID();
        Map<String, Object> replayed = project("USD");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(replayed).post("/api/v1/projects")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(replayed).post("/api/v1/projects")
                .then().statusCode(201).header("Idempotent-Replayed", "true");

        assertThat(metric("aid_projects_created_total"), equalTo(projects + 2));
        assertThat(metric("aid_transactions_recorded_total{correction=\"false\",type=\"COMMITMENT\"}"), equalTo(commitments + 1));
        assertThat(metric("aid_transactions_recorded_total{correction=\"true\",type=\"COMMITMENT\"}"), equalTo(corrections + 1));
        assertThat(metric("aid_eligibility_refusals_total"), equalTo(refusals + 1));
        String metrics = metrics();
        assertThat(metrics, containsString("http_server_requests_seconds_count{"));
        assertThat(metrics, containsString("http_client_requests_seconds_count{"));
        assertThat(metrics, containsString("clientName=\"ngo-registry\""));
        assertThat(metrics, containsString("ft_circuitbreaker_state_current{method=\"vn.ngoaid.registryclient.NgoRegistry.eligibility\",state=\"closed\"} 1.0"));
        assertThat(metrics, containsString("agroal_active_count{datasource=\"default\"}"));
    }

    private static List<String> eligibilityRequestIds(UUID organization) {
        List<LoggedRequest> requests = RegistryStub.server().findAll(
                getRequestedFor(urlPathEqualTo("/api/v1/organizations/" + organization + "/eligibility")));
        assertThat(requests, hasSize(1));
        return requests.stream().map(r -> r.getHeader("X-Request-Id")).toList();
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double metric(String series) {
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics());
        if (!value.find()) {
            throw new AssertionError(series + " is not at /q/metrics");
        }
        return Double.parseDouble(value.group(1));
    }
}
