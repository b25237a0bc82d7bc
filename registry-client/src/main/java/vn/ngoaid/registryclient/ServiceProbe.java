package vn.ngoaid.registryclient;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether another of our services answers, for a readiness check: a GET of its liveness endpoint, which needs no
 * token and says nothing of that service's own dependencies (so one service down does not mark the whole chain
 * down). It goes around the business clients on purpose: their circuit breakers count only real calls, and a probe
 * never opens them.
 */
public final class ServiceProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    private ServiceProbe() {
    }

    /** UP when {@code baseUrl}/q/health/live answers 200 within {@code timeout}; the check is named {@code name}. */
    public static HealthCheckResponse probe(String name, String baseUrl, Duration timeout) {
        URI uri = URI.create(baseUrl.replaceAll("/+$", "") + "/q/health/live");
        HealthCheckResponseBuilder check = HealthCheckResponse.named(name).withData("url", uri.toString());
        try {
            int status = HTTP.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
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
