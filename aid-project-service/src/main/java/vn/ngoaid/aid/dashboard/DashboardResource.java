package vn.ngoaid.aid.dashboard;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where the dashboard (the static page at /dashboard/) reads the other services' public statistics: the addresses a
 * browser reaches them at, which behind a gateway differ from the ones this service calls
 * (NGOAID_DASHBOARD_REGISTRY_URL, NGOAID_DASHBOARD_PARTNER_URL; those services allow the dashboard's origin by CORS).
 */
@Path("/dashboard/services")
@PermitAll
public class DashboardResource {

    /** The other services' addresses, as the page uses them. */
    public record Services(String registry, String partner) {
    }

    private final Services services;

    public DashboardResource(@ConfigProperty(name = "ngoaid.dashboard.registry-url") String registry,
                             @ConfigProperty(name = "ngoaid.dashboard.partner-url") String partner) {
        this.services = new Services(registry.replaceAll("/+$", ""), partner.replaceAll("/+$", ""));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Services services() {
        return services;
    }
}
