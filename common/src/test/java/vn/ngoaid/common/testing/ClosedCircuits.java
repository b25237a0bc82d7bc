package vn.ngoaid.common.testing;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Every test of a service that calls others starts and ends with its circuit breakers closed: a test that opens one
 * (or fails many calls on purpose) leaves nothing behind for the next. A Quarkus test callback, registered under
 * {@code META-INF/services} in the test resources of each service with fault-tolerant clients.
 */
public class ClosedCircuits implements QuarkusTestBeforeEachCallback, QuarkusTestAfterEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        close();
    }

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        close();
    }

    private static void close() {
        Arc.container().instance(CircuitBreakerMaintenance.class).get().resetAll();
    }
}
