package vn.ngoaid.registry.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaid.devtoken.DevTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static vn.ngoaid.registry.Fixtures.createOperation;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.organization;
import static vn.ngoaid.registry.Fixtures.postOrganization;

/**
 * ngo-registry-service keeps the contracts its consumers state: every interaction of the pacts committed in
 * {@code src/test/resources/pacts/} (written by the consumer tests of aid-project-service and partner-service) is
 * replayed against this service on its test port, on the real database, after its provider state was made through
 * the public API. A consumer's token is one of its own callers'; here a viewer's token takes its place.
 */
@QuarkusTest
@Provider("ngo-registry-service")
@PactFolder("src/test/resources/pacts")
class ConsumerPactsTest {

    private static final String VIEWER = "Bearer " + DevTokens.issue("pact-verification", List.of("viewer"), null,
            Duration.ofHours(2));

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("127.0.0.1", RestAssured.port));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void keepsTheContract(PactVerificationContext context, HttpRequest request) {
        request.setHeader("Authorization", VIEWER);
        context.verifyInteraction();
    }

    /** An INGO with an operation registration covering the province from a year before the day to a year after. */
    @State("an organization registered in a province")
    Map<String, Object> registeredInAProvince(Map<String, Object> params) {
        String organization = createOrganization();
        LocalDate on = LocalDate.parse((String) params.get("on"));
        createOperation(organization, on.minusYears(1), on.plusYears(1), (String) params.get("province"));
        return Map.of("organizationId", organization);
    }

    /** An INGO, which needs a registration to work in a province, without any. */
    @State("an organization without registrations")
    Map<String, Object> withoutRegistrations() {
        return Map.of("organizationId", createOrganization());
    }

    @State("an organization")
    Map<String, Object> anOrganization() {
        return Map.of("organizationId", createOrganization());
    }

    /** An INGO of that name and country; there already when a verification ran before on the same database. */
    @State("an organization with a name")
    void named(Map<String, Object> params) {
        postOrganization(organization((String) params.get("name"), (String) params.get("countryCode"), "INGO"))
                .statusCode(anyOf(is(201), is(409)));
    }

    /** Ids are random UUIDs: the one in the pact is no organization's. */
    @State("no organization with the id")
    void noSuchOrganization() {
    }
}
