package vn.ngoaid.aid.contract;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.V4Pact;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.ngoaid.common.testing.Contracts;
import vn.ngoaid.common.testing.PactCoverage;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.ngoaid.aid.Fixtures.post;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.with;
import static vn.ngoaid.common.testing.Contracts.BEARER;
import static vn.ngoaid.common.testing.Contracts.EXAMPLE_BEARER;
import static vn.ngoaid.common.testing.Contracts.EXAMPLE_JSON;
import static vn.ngoaid.common.testing.Contracts.JSON;

/**
 * What this service asks partner-service: whether a project's partner locality exists (with the caller's token). It
 * reads nothing of the locality but that it is there, a JSON object; 404 says there is none, which is a 422 here. The
 * pact is committed in partner-service, whose build verifies it.
 */
@QuarkusTest
@WithTestResource(value = MockProviders.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PartnerContractTest {

    /** The id in the examples; on the provider, the locality its state makes takes its place. */
    private static final String LOCALITY = "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f";
    private static final String UNKNOWN = "9f8e7d6c-5b4a-4f3e-8d2c-1b0a9f8e7d6c";

    private static final String KNOWN = "a partner locality by its id";
    private static final String NOT_KNOWN = "a partner locality that does not exist";

    private static final V4Pact PACT = ConsumerPactBuilder.consumer("aid-project-service").hasPactWith("partner-service")
            .given("a partner locality")
            .uponReceiving(KNOWN)
            .method("GET").pathFromProviderState("/api/v1/localities/${localityId}", "/api/v1/localities/" + LOCALITY)
            .matchHeader("Authorization", BEARER, EXAMPLE_BEARER)
            .willRespondWith().status(200).matchHeader("Content-Type", JSON, EXAMPLE_JSON)
            .body(new PactDslJsonBody())

            .given("no partner locality with the id")
            .uponReceiving(NOT_KNOWN)
            .method("GET").path("/api/v1/localities/" + UNKNOWN)
            .matchHeader("Authorization", BEARER, EXAMPLE_BEARER)
            .willRespondWith().status(404)
            .toPact(V4Pact.class);

    @RegisterExtension
    static final PactCoverage COVERAGE = new PactCoverage(PACT, MockProviders::partnerPort);

    @Test
    void aProjectNamesALocalityPartnerServiceKnows() {
        COVERAGE.exercise(() -> post("/api/v1/projects", with(project(), "partnerLocalityId", LOCALITY)).statusCode(201)
                .body("partnerLocalityId", equalTo(LOCALITY)), KNOWN);
    }

    @Test
    void aLocalityPartnerServiceDoesNotKnowIs422() {
        COVERAGE.exercise(() -> post("/api/v1/projects", with(project(), "partnerLocalityId", UNKNOWN)).statusCode(422)
                .body("detail", containsString("no partner locality with id " + UNKNOWN)), NOT_KNOWN);
    }

    @Test
    void theCommittedPactIsTheOneTheseTestsState() {
        Contracts.requireCommitted(PACT);
    }
}
