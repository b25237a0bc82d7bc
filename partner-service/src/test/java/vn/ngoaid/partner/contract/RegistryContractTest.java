package vn.ngoaid.partner.contract;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.V4Pact;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.ngoaid.common.testing.Contracts;
import vn.ngoaid.common.testing.PactCoverage;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.ngoaid.common.testing.Contracts.BEARER;
import static vn.ngoaid.common.testing.Contracts.COUNTRY;
import static vn.ngoaid.common.testing.Contracts.EXAMPLE_BEARER;
import static vn.ngoaid.common.testing.Contracts.EXAMPLE_JSON;
import static vn.ngoaid.common.testing.Contracts.JSON;
import static vn.ngoaid.partner.Fixtures.agreement;
import static vn.ngoaid.partner.Fixtures.byOrganization;
import static vn.ngoaid.partner.Fixtures.post;
import static vn.ngoaid.partner.Fixtures.token;

/**
 * What this service asks ngo-registry-service (through registry-client, with the caller's token) when an agreement
 * or an exchange names a registered organization, and what it reads: the organization's name and country, which it
 * copies; 404 for an organization the registry does not know, which is a 422 here. The pact is committed in
 * ngo-registry-service, whose build verifies it.
 */
@QuarkusTest
@WithTestResource(value = MockRegistry.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RegistryContractTest {

    /** The id in the examples; on the provider, the organization its state makes takes its place. */
    private static final String ORGANIZATION = "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d";
    private static final String UNKNOWN = "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a";

    private static final String KNOWN = "an organization by its id";
    private static final String NOT_KNOWN = "an organization the registry does not know";

    private static final V4Pact PACT = ConsumerPactBuilder.consumer("partner-service").hasPactWith("ngo-registry-service")
            .given("an organization")
            .uponReceiving(KNOWN)
            .method("GET").pathFromProviderState("/api/v1/organizations/${organizationId}",
                    "/api/v1/organizations/" + ORGANIZATION)
            .matchHeader("Authorization", BEARER, EXAMPLE_BEARER)
            .willRespondWith().status(200).matchHeader("Content-Type", JSON, EXAMPLE_JSON)
            .body(new PactDslJsonBody()
                    .stringType("name", "VECO Vietnam")
                    .stringMatcher("countryCode", COUNTRY, "BE"))

            .given("no organization with the id")
            .uponReceiving(NOT_KNOWN)
            .method("GET").path("/api/v1/organizations/" + UNKNOWN)
            .matchHeader("Authorization", BEARER, EXAMPLE_BEARER)
            .willRespondWith().status(404)
            .toPact(V4Pact.class);

    @RegisterExtension
    static final PactCoverage COVERAGE = new PactCoverage(PACT, MockRegistry::port);

    /**
     * POSTs an agreement naming the organization. The first call through the registry client after the start may
     * outlast its short timeout on a busy machine; its 503 stores nothing and is tried again, as clients are told to.
     */
    private static ValidatableResponse postAgreementWith(String organization) {
        Map<String, Object> body = agreement("20", byOrganization(UUID.fromString(organization)),
                "Value chains " + token(), "2010-06-01");
        ValidatableResponse answer = post("/api/v1/agreements", body);
        for (int attempt = 1; attempt < 5 && answer.extract().statusCode() == 503; attempt++) {
            answer = post("/api/v1/agreements", body);
        }
        return answer;
    }

    @Test
    void anAgreementKeepsTheRegistrysNameAndCountryOfItsOrganization() {
        COVERAGE.exercise(() -> postAgreementWith(ORGANIZATION).statusCode(201)
                .body("counterpart.organizationId", equalTo(ORGANIZATION))
                .body("counterpart.name", equalTo("VECO Vietnam"))
                .body("counterpart.countryCode", equalTo("BE")), KNOWN);
    }

    @Test
    void anOrganizationTheRegistryDoesNotKnowIs422() {
        COVERAGE.exercise(() -> postAgreementWith(UNKNOWN).statusCode(422)
                .body("detail", containsString("no organization with id " + UNKNOWN)), NOT_KNOWN);
    }

    @Test
    void theCommittedPactIsTheOneTheseTestsState() {
        Contracts.requireCommitted(PACT);
    }
}
