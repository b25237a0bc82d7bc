package vn.ngoaid.aid.partner;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** The part of partner-service's contract this service uses. Call it through {@link PartnerLocalities}. */
@RegisterRestClient(configKey = "partner")
// the caller's bearer token goes along (org.eclipse.microprofile.rest.client.propagateHeaders=Authorization)
@RegisterClientHeaders
@Path("/api/v1/localities/{id}")
@Produces(MediaType.APPLICATION_JSON)
interface PartnerApi {

    @GET
    PartnerLocality locality(@PathParam("id") UUID id);
}
