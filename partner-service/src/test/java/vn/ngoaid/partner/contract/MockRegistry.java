package vn.ngoaid.partner.contract;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.ngoaid.common.testing.Contracts;

import java.util.Map;

/**
 * Points this service's registry client at a free port, where the contract tests start a Pact mock provider of
 * ngo-registry-service while they run. It starts after the WireMock {@code RegistryStub} every test of this module
 * has (a later resource's value of the same key wins), so in the classes that name it the mock is the registry.
 */
public class MockRegistry implements QuarkusTestResourceLifecycleManager {

    private static int port;

    @Override
    public Map<String, String> start() {
        port = Contracts.freePort();
        return Map.of("quarkus.rest-client.ngo-registry.url", "http://127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        // nothing runs between tests: each test starts and stops its own mock provider
    }

    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }

    static int port() {
        return port;
    }
}
