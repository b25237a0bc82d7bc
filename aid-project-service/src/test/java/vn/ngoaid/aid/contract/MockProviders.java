package vn.ngoaid.aid.contract;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.ngoaid.common.testing.Contracts;

import java.util.Map;

/**
 * Points this service's clients of ngo-registry-service and partner-service at two free ports, where the contract
 * tests start Pact mock providers while they run. Named by {@code @WithTestResource(scope = MATCHING_RESOURCES)}, so
 * the contract test classes share one application start.
 */
public class MockProviders implements QuarkusTestResourceLifecycleManager {

    private static int registry;
    private static int partner;

    @Override
    public Map<String, String> start() {
        registry = Contracts.freePort();
        partner = Contracts.freePort();
        return Map.of("quarkus.rest-client.ngo-registry.url", "http://127.0.0.1:" + registry,
                "quarkus.rest-client.partner.url", "http://127.0.0.1:" + partner);
    }

    @Override
    public void stop() {
        // nothing runs between tests: each test starts and stops its own mock provider
    }

    static int registryPort() {
        return registry;
    }

    static int partnerPort() {
        return partner;
    }
}
