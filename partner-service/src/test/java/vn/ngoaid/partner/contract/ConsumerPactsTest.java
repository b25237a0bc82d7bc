package vn.ngoaid.partner.contract;

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
import java.util.List;
import java.util.Map;

import static vn.ngoaid.partner.Fixtures.createLocality;

/**
 * partner-service keeps the contract aid-project-service states: every interaction of the pact committed in
 * {@code src/test/resources/pacts/} (written by aid-project-service's consumer tests) is replayed against this service
 * on its test port, on the real database, after its provider state was made through the public API. The consumer's
 * token is one of its own callers'; here a viewer's token takes its place.
 */
@QuarkusTest
@Provider("partner-service")
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

    @State("a partner locality")
    Map<String, Object> aPartnerLocality() {
        return Map.of("localityId", createLocality("CN"));
    }

    /** Ids are random UUIDs: the one in the pact is no locality's. */
    @State("no partner locality with the id")
    void noSuchLocality() {
    }
}
