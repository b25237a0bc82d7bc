package vn.ngoaid.aid.partner;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.ngoaid.registryclient.ServiceProbe;

import java.time.Duration;

/** Not ready while partner-service does not answer: a project naming a partner locality could not be written. */
@Readiness
@ApplicationScoped
public class PartnerReadiness implements HealthCheck {

    private final String url;
    private final Duration timeout;

    PartnerReadiness(@ConfigProperty(name = "quarkus.rest-client.partner.url") String url,
                     @ConfigProperty(name = "ngo-aid.health.dependency-timeout", defaultValue = "1S") Duration timeout) {
        this.url = url;
        this.timeout = timeout;
    }

    @Override
    public HealthCheckResponse call() {
        return ServiceProbe.probe("partner-service", url, timeout);
    }
}
