package vn.ngoaid.common.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The services a service calls, played by one in-JVM WireMock server on a free port, which a test can stop and start
 * again on the same port. It always answers their liveness endpoint. A service's stub says which of its clients point
 * here and what the services answer.
 */
public abstract class ServiceStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;
    private static int port;

    /** The configuration that points the service's clients at {@code baseUrl}. */
    protected abstract Map<String, String> clientsAt(String baseUrl);

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        alive();
        return clientsAt(server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** Forgets every stub and every request seen; the services stay alive (their readiness probes answer). */
    public static void reset() {
        server.resetAll();
        alive();
    }

    /** The services stop: connections to their port are refused. */
    public static void shutDown() {
        port = server.port();
        server.stop();
    }

    /** They come back on the same port, knowing nothing but their liveness endpoint. */
    public static void startAgain() {
        server = new WireMockServer(wireMockConfig().port(port));
        server.start();
        alive();
    }

    private static void alive() {
        server.stubFor(get(urlPathEqualTo("/q/health/live")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\": \"UP\", \"checks\": []}")));
    }
}
