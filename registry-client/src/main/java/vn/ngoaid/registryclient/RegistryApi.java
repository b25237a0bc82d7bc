package vn.ngoaid.registryclient;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.LocalDate;
import java.util.UUID;

/** The part of ngo-registry-service's contract the other services use. Call it through {@link NgoRegistry}. */
@RegisterRestClient(configKey = "ngo-registry")
@RegisterClientHeaders
@Path("/api/v1/organizations/{id}")
@Produces(MediaType.APPLICATION_JSON)
interface RegistryApi {

    @GET
    RegisteredOrganization organization(@PathParam("id") UUID id);

    @GET
    @Path("/eligibility")
    DonorEligibility eligibility(@PathParam("id") UUID id, @QueryParam("province") String province,
                                 @QueryParam("on") LocalDate on);
}
