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
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface RegistryApi {

    @GET
    @Path("/organizations/{id}")
    RegisteredOrganization organization(@PathParam("id") UUID id);

    @GET
    @Path("/organizations")
    RegistryPage<RegisteredOrganization> search(@QueryParam("q") String q, @QueryParam("country") String country,
                            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/organizations/{id}/eligibility")
    DonorEligibility eligibility(@PathParam("id") UUID id, @QueryParam("province") String province,
                                 @QueryParam("on") LocalDate on);

    @GET
    @Path("/annual-reports")
    RegistryPage<ReportedYear> annualReports(@QueryParam("year") Integer year, @QueryParam("province") String province,
                                   @QueryParam("organizationId") UUID organizationId,
                                   @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/registrations")
    RegistryPage<RegistrationRecord> registrations(@QueryParam("organizationId") UUID organizationId,
                                   @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/statistics/annual-reports")
    MissingReports annualReportStatistics(@QueryParam("groupBy") String groupBy, @QueryParam("fromYear") int fromYear,
                                          @QueryParam("toYear") int toYear, @QueryParam("province") String province,
                                          @QueryParam("organizationId") UUID organizationId);
}
