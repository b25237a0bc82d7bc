package vn.ngoaid.aid.partner;

import io.smallrye.health.api.HealthGroup;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ngoaid.registryclient.DependencyCheck;

/** Whether partner-service answers: while it does not, a project naming a partner locality answers 503. */
@HealthGroup(DependencyCheck.GROUP)
@Singleton
public class PartnerCheck extends DependencyCheck {

    PartnerCheck(@ConfigProperty(name = "quarkus.rest-client.partner.url") String url) {
        super("partner-service", url);
    }
}
