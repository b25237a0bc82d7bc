package vn.ngoaid.registryclient;

import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether another of our services answers, reported in the health group {@value #GROUP}
 * ({@code /q/health/group/dependencies}) and never in readiness: a service whose dependency is down stays ready,
 * because its reads do not need it and the writes that do answer 503 themselves. A subclass names the service and
 * where it answers, and carries {@code @HealthGroup(DependencyCheck.GROUP)}.
 * <p>
 * The check is a GET of the other service's liveness endpoint, which needs no token and says nothing of that
 * service's own dependencies. It goes around the business clients on purpose: their circuit breakers count only real
 * calls, and a check never opens them.
 */
public abstract class DependencyCheck implements HealthCheck {

    public static final String GROUP = "dependencies";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    private final String name;
    private final URI liveness;

    @Inject
    @ConfigProperty(name = "ngo-aid.health.dependency-timeout", defaultValue = "1S")
    Duration timeout;

    /** The check named {@code name}: UP when {@code baseUrl}/q/health/live answers 200 within the timeout. */
    protected DependencyCheck(String name, String baseUrl) {
        this.name = name;
        this.liveness = URI.create(baseUrl.replaceAll("/+$", "") + "/q/health/live");
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named(name).withData("url", liveness.toString());
        try {
            int status = HTTP.send(HttpRequest.newBuilder(liveness).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return check.withData("status", status).status(status == 200).build();
        } catch (IOException e) {
            return check.withData("error", String.valueOf(e)).down().build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return check.withData("error", "interrupted").down().build();
        }
    }
}
