package vn.ngoaid.aid.project;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static vn.ngoaid.aid.Fixtures.PROBLEM_JSON;
import static vn.ngoaid.aid.Fixtures.post;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * A project of a registered organization is accepted only when ngo-registry-service says the organization is
 * eligible in each of its provinces on the approval date; when the registry cannot answer, the answer is a quick
 * 503 and nothing is stored. The registry is a WireMock stub that can say yes, no, unknown, answer slowly or drop.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DonorEligibilityTest {

    private static final LocalDate APPROVED_ON = LocalDate.parse("2020-03-15");

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    /** A project of the organization in provinces 22 (60 %) and 20 (40 %), approved on 2020-03-15. */
    private static Map<String, Object> projectOf(UUID organization) {
        Map<String, Object> body = with(project(), "donor", Map.of("organizationId", organization.toString()));
        body = with(body, "locations", List.of(Map.of("province", "22", "percentage", 60), Map.of("province", "20", "percentage", 40)));
        return with(body, "approvalDecision", Map.of("number", "1234/QĐ-UBND", "date", APPROVED_ON.toString()));
    }

    /** An organization the registry says is eligible in both provinces of {@link #projectOf} on the day. */
    private static UUID eligibleInBoth(String name, String country, String type) {
        UUID organization = UUID.randomUUID();
        RegistryStub.eligible(organization, name, country, type, "22", APPROVED_ON);
        RegistryStub.eligible(organization, name, country, type, "20", APPROVED_ON);
        return organization;
    }

    /** A first create through the registry client, so a timed request measures the policy, not class loading. */
    private static void warmUp() {
        UUID organization = eligibleInBoth("Warm-up", "US", "INGO");
        post("/api/v1/projects", projectOf(organization)).statusCode(201);
    }

    /** Calls that keep failing, more than the registry client's circuit breaker allows: it opens. */
    private static void openTheCircuit() {
        UUID failing = UUID.randomUUID();
        RegistryStub.down(failing);
        for (int i = 0; i < 6; i++) {
            post("/api/v1/projects", projectOf(failing)).statusCode(503);
        }
    }

    private static int storedWithCode(Object code) {
        return given().queryParam("q", code).get("/api/v1/projects").then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void eligibleEverywhereIsAcceptedWithTheRegistrysNameTypeAndCountry() {
        UUID organization = eligibleInBoth("World Vision International", "US", "INGO");

        post("/api/v1/projects", projectOf(organization)).statusCode(201)
                .body("donor.organizationId", equalTo(organization.toString()))
                .body("donor.name", equalTo("World Vision International"))
                .body("donor.type", equalTo("INGO"))
                .body("donor.countryCode", equalTo("US"));
        org.hamcrest.MatcherAssert.assertThat(RegistryStub.eligibilityCalls(organization), equalTo(2));
    }

    @Test
    void notEligibleInOneProvinceIs422NamingItAndStoresNothing() {
        UUID organization = UUID.randomUUID();
        RegistryStub.eligible(organization, "Room to Read", "US", "INGO", "22", APPROVED_ON);
        RegistryStub.notEligible(organization, "Room to Read", "20", APPROVED_ON, "Registration 77/CNV expired on 2019-12-31.");
        Map<String, Object> body = projectOf(organization);

        post("/api/v1/projects", body).statusCode(422).contentType(PROBLEM_JSON)
                .body("detail", containsString("province 20 (Lạng Sơn)"))
                .body("detail", containsString("expired on 2019-12-31"));
        org.hamcrest.MatcherAssert.assertThat(storedWithCode(body.get("code")), equalTo(0));
    }

    @Test
    void anOrganizationUnknownToTheRegistryIs422() {
        UUID organization = UUID.randomUUID();
        RegistryStub.unknown(organization);

        post("/api/v1/projects", projectOf(organization)).statusCode(422)
                .body("detail", containsString("knows no organization with id " + organization));
    }

    @Test
    void aRegistryThatDropsTheConnectionGivesA503QuicklyAndNothingIsStored() {
        warmUp();
        UUID organization = UUID.randomUUID();
        RegistryStub.down(organization);
        Map<String, Object> body = projectOf(organization);

        long took = given().contentType("application/json").body(body).post("/api/v1/projects")
                .then().statusCode(503).contentType(PROBLEM_JSON)
                .body("status", equalTo(503)).body("detail", containsString("ngo-registry-service"))
                .extract().time();
        org.hamcrest.MatcherAssert.assertThat(took, lessThan(2000L));
        org.hamcrest.MatcherAssert.assertThat(storedWithCode(body.get("code")), equalTo(0));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "a 500 | 500 | application/problem+json | {\"status\": 500}",
            "garbage | 200 | application/json | <html>proxy error</html>",
            "a wrong shape | 200 | application/json | [1, 2, 3]"})
    void aRegistryAnsweringNonsenseGivesA503AndNothingIsStored(String what, int status, String contentType, String body) {
        UUID organization = UUID.randomUUID();
        RegistryStub.answers(organization, status, contentType, body);
        Map<String, Object> project = projectOf(organization);

        post("/api/v1/projects", project).statusCode(503).contentType(PROBLEM_JSON)
                .body("detail", containsString("ngo-registry-service"));
        org.hamcrest.MatcherAssert.assertThat(storedWithCode(project.get("code")), equalTo(0));
    }

    @Test
    void theCircuitClosesAgainOnceTheRegistryRecovers() throws InterruptedException {
        openTheCircuit();
        UUID healthy = eligibleInBoth("IFAD", "IT", "MULTILATERAL");
        post("/api/v1/projects", projectOf(healthy)).statusCode(503);

        // the test profile shortens the breaker's delay (see application.properties): past it, trial calls go through
        Thread.sleep(2200);
        post("/api/v1/projects", projectOf(healthy)).statusCode(201);
        post("/api/v1/projects", projectOf(healthy)).statusCode(201);
        org.hamcrest.MatcherAssert.assertThat(RegistryStub.eligibilityCalls(healthy), equalTo(4));
    }

    @Test
    void aSlowRegistryIsCutOffWellUnderTwoSeconds() {
        warmUp();
        UUID organization = UUID.randomUUID();
        RegistryStub.slow(organization, "22", APPROVED_ON, 3000);
        RegistryStub.slow(organization, "20", APPROVED_ON, 3000);
        Map<String, Object> body = projectOf(organization);

        long took = given().contentType("application/json").body(body).post("/api/v1/projects")
                .then().statusCode(503).extract().time();
        org.hamcrest.MatcherAssert.assertThat(took, lessThan(2000L));
        org.hamcrest.MatcherAssert.assertThat(storedWithCode(body.get("code")), equalTo(0));
    }

    @Test
    void theSameIdempotencyKeyWorksOnceTheRegistryIsBack() {
        UUID organization = UUID.randomUUID();
        RegistryStub.down(organization);
        Map<String, Object> body = projectOf(organization);
        String key = "retry-" + organization;

        given().contentType("application/json").header("Idempotency-Key", key).body(body).post("/api/v1/projects")
                .then().statusCode(503);
        RegistryStub.reset();
        RegistryStub.eligible(organization, "VNAH", "US", "INGO", "22", APPROVED_ON);
        RegistryStub.eligible(organization, "VNAH", "US", "INGO", "20", APPROVED_ON);
        given().contentType("application/json").header("Idempotency-Key", key).body(body).post("/api/v1/projects")
                .then().statusCode(201).body("donor.name", equalTo("VNAH"));
        org.hamcrest.MatcherAssert.assertThat(storedWithCode(body.get("code")), equalTo(1));
    }

    @Test
    void aRegistryThatKeepsFailingOpensTheCircuitSoCallsStopReachingIt() {
        openTheCircuit();
        UUID healthy = eligibleInBoth("Good Neighbors International", "KR", "INGO");

        post("/api/v1/projects", projectOf(healthy)).statusCode(503);
        org.hamcrest.MatcherAssert.assertThat("an open circuit answers without asking", RegistryStub.eligibilityCalls(healthy), equalTo(0));

        circuitBreakers.resetAll();
        post("/api/v1/projects", projectOf(healthy)).statusCode(201);
    }

    @Test
    void changingTheProvincesChecksEligibilityAgain() {
        UUID organization = eligibleInBoth("VECO", "BE", "INGO");
        RegistryStub.notEligible(organization, "VECO", "12", APPROVED_ON, "No registration of VECO covers province 12 (Lai Châu).");
        Map<String, Object> body = projectOf(organization);
        var created = post("/api/v1/projects", body).statusCode(201).extract();

        Map<String, Object> moved = with(body, "locations", List.of(Map.of("province", "12")));
        given().contentType("application/json").header("If-Match", created.header("ETag")).body(moved)
                .put("/api/v1/projects/" + created.path("id")).then().statusCode(422)
                .body("detail", containsString("province 12 (Lai Châu)"));
    }

    @Test
    void anUpdateThatKeepsDonorProvincesAndDateRefreshesTheNameWithoutAskingEligibility() {
        UUID organization = eligibleInBoth("Old name", "US", "INGO");
        Map<String, Object> body = projectOf(organization);
        var created = post("/api/v1/projects", body).statusCode(201).extract();
        int asked = RegistryStub.eligibilityCalls(organization);

        RegistryStub.eligible(organization, "New name", "GB", "INGO", "22", APPROVED_ON);
        given().contentType("application/json").header("If-Match", created.header("ETag"))
                .body(with(body, "title", "Renamed project")).put("/api/v1/projects/" + created.path("id"))
                .then().statusCode(200).body("title", equalTo("Renamed project"))
                .body("donor.name", equalTo("New name")).body("donor.countryCode", equalTo("GB"));
        org.hamcrest.MatcherAssert.assertThat(RegistryStub.eligibilityCalls(organization), equalTo(asked));
    }

    @Test
    void anUpdateThatNeedsNoEligibilityCheckStillWorksWhenTheRegistryIsDown() {
        UUID organization = eligibleInBoth("Kept name", "US", "INGO");
        Map<String, Object> body = projectOf(organization);
        var created = post("/api/v1/projects", body).statusCode(201).extract();

        RegistryStub.down(organization);
        given().contentType("application/json").header("If-Match", created.header("ETag"))
                .body(with(body, "title", "Title while the registry is down")).put("/api/v1/projects/" + created.path("id"))
                .then().statusCode(200).body("donor.name", equalTo("Kept name"));
    }
}
