package vn.ngoaid.common.testing;

import au.com.dius.pact.core.model.V4Pact;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * What the tests of one consumer class exercised of its pact: each test runs the consumer's calls against a mock of
 * the interactions it names, on the port where the application under test looks for the provider; once the class has
 * run whole, every interaction of the pact must have been exercised. A class registers it as a JUnit extension
 * ({@code @RegisterExtension static final PactCoverage}), which counts the tests and makes that final check.
 */
public final class PactCoverage implements AfterEachCallback, AfterAllCallback {

    private final V4Pact contract;
    private final IntSupplier port;
    private final Set<String> exercised = ConcurrentHashMap.newKeySet();
    private final AtomicInteger testsRun = new AtomicInteger();

    /** {@code port} is read when a test runs: the mock provider's port is known once the application started. */
    public PactCoverage(V4Pact contract, IntSupplier port) {
        this.contract = contract;
        this.port = port;
    }

    public void exercise(Runnable calls, String... interactions) {
        exercised.addAll(Contracts.exercise(contract, port.getAsInt(), calls, interactions));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        testsRun.incrementAndGet();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Contracts.requireAllExercised(contract, context.getRequiredTestClass(), testsRun.get(), exercised);
    }
}
