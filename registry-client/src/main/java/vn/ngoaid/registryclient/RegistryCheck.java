package vn.ngoaid.registryclient;

import io.smallrye.health.api.HealthGroup;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether ngo-registry-service answers: while it does not, the writes that ask it answer 503. */
@HealthGroup(DependencyCheck.GROUP)
@Singleton
public class RegistryCheck extends DependencyCheck {

    RegistryCheck(@ConfigProperty(name = "quarkus.rest-client.ngo-registry.url") String url) {
        super("ngo-registry-service", url);
    }
}
