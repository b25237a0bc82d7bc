package vn.ngoaid.registryclient;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * A service that asks the registry is not ready while the registry does not answer: its writes would be 503.
 * Liveness does not include it, so a registry outage never gets this service restarted.
 */
@Readiness
@ApplicationScoped
public class RegistryReadiness implements HealthCheck {

    private final String url;
    private final Duration timeout;

    RegistryReadiness(@ConfigProperty(name = "quarkus.rest-client.ngo-registry.url") String url,
                      @ConfigProperty(name = "ngo-aid.health.dependency-timeout", defaultValue = "1S") Duration timeout) {
        this.url = url;
        this.timeout = timeout;
    }

    @Override
    public HealthCheckResponse call() {
        return ServiceProbe.probe("ngo-registry-service", url, timeout);
    }
}
