package vn.ngoaid.common.testing;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import io.restassured.RestAssured;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaid.devtoken.DevTokens;

import java.time.Duration;
import java.util.List;

/**
 * The provider side of the contract tests: every interaction of the pacts committed in the provider's
 * {@code src/test/resources/pacts/} is replayed against the service on its test port, on the real database, after its
 * provider state was made through the public API. A consumer's token is one of its own callers'; here a viewer's
 * token takes its place. A provider's test class names itself ({@code @Provider}), the folder ({@code @PactFolder})
 * and makes the states ({@code @State}).
 */
public abstract class ProviderContract {

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
}
