package vn.ngoaid.aid;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The real ngo-registry-service, started from its packaged application (the reactor packages it before this
 * module's tests run) on a free port with its own embedded PostgreSQL, for the end-to-end test.
 */
public class RealRegistry implements QuarkusTestResourceLifecycleManager {

    private static final Path APPLICATION = Path.of("../ngo-registry-service/target/quarkus-app/quarkus-run.jar");

    private static Process registry;
    private static String baseUrl;
    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (!Files.isRegularFile(APPLICATION)) {
            throw new IllegalStateException(APPLICATION.toAbsolutePath() + " is missing: package the registry first "
                    + "(./mvnw package -pl ngo-registry-service -DskipTests), or run the whole build");
        }
        try {
            postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                    "-jar", APPLICATION.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target/end-to-end-registry.log").toFile());
            builder.environment().put("NGO_REGISTRY_DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
            builder.environment().put("NGO_REGISTRY_PORT", String.valueOf(port));
            // trusts the development token key, as the tests' tokens are signed with it
            builder.environment().put("QUARKUS_PROFILE", "dev");
            registry = builder.start();
            baseUrl = "http://localhost:" + port;
            awaitReady();
            return Map.of("quarkus.rest-client.ngo-registry.url", baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!registry.isAlive()) {
                throw new IllegalStateException("ngo-registry-service stopped; see target/end-to-end-registry.log");
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("ngo-registry-service was not ready within 120 s; see target/end-to-end-registry.log");
    }

    /** Where the registry answers, for a test to record organizations there. */
    public static String baseUrl() {
        return baseUrl;
    }

    /** Stops the registry, as an outage would. */
    public static void stopRegistry() {
        registry.destroy();
        try {
            registry.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        if (registry != null && registry.isAlive()) {
            stopRegistry();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
