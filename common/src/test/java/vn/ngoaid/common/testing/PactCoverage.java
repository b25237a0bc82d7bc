package vn.ngoaid.common.testing;

import au.com.dius.pact.core.model.V4Pact;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the tests of one consumer class exercised of its pact: each test runs the consumer's calls against a mock of
 * the interactions it names; once the class has run whole, every interaction of the pact must have been exercised.
 */
public final class PactCoverage {

    private final V4Pact contract;
    private final Class<?> testClass;
    private final Set<String> exercised = ConcurrentHashMap.newKeySet();
    private final AtomicInteger testsRun = new AtomicInteger();

    public PactCoverage(V4Pact contract, Class<?> testClass) {
        this.contract = contract;
        this.testClass = testClass;
    }

    public void exercise(int port, Runnable calls, String... interactions) {
        exercised.addAll(Contracts.exercise(contract, port, calls, interactions));
    }

    /** From an {@code @AfterEach}. */
    public void testRan() {
        testsRun.incrementAndGet();
    }

    /** From an {@code @AfterAll}. */
    public void requireAllExercised() {
        Contracts.requireAllExercised(contract, testClass, testsRun.get(), exercised);
    }
}
