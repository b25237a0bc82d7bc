package vn.ngoaid.registry.annualreport;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ngoaid.common.api.Page;
import vn.ngoaid.common.api.PageRequest;
import vn.ngoaid.common.api.Paging;
import vn.ngoaid.common.csv.CsvExport;
import vn.ngoaid.common.idempotency.Idempotency;
import vn.ngoaid.common.record.RecordAnswers;

import java.util.UUID;

/** An organization's annual reports: recorded and listed under it. */
// Rooted at /api/v1/organizations like OrganizationResource: Quarkus REST picks a resource class by its path first.
@Path("/api/v1/organizations")
@Tag(name = "Annual reports")
public class OrganizationAnnualReportsResource {

    private final AnnualReportService reports;
    private final RecordAnswers answers;

    public OrganizationAnnualReportsResource(AnnualReportService reports, RecordAnswers answers) {
        this.reports = reports;
        this.answers = answers;
    }

    @POST
    @Path("{id}/annual-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("${ngoaid.record-writers}")
    @Operation(operationId = "createAnnualReport", summary = "Record an annual report",
            description = "Records the organization's report of a year. With an `Idempotency-Key`, a retry with the same "
                    + "body gets the first answer again and creates nothing.")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new annual report",
            headers = {@Header(name = "Location", description = "URL of the new annual report"),
                    @Header(name = "ETag", description = "Version of the annual report, for `If-Match`")},
            content = @Content(schema = @Schema(implementation = AnnualReportView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<AnnualReportView> createAnnualReport(
            @Parameter(description = "Organization id") @PathParam("id") UUID organizationId,
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER,
                    description = "Client-chosen key that makes a retry safe; kept for at least 24 hours")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull AnnualReportInput body) {
        return answers.createdIn("api/v1/annual-reports", idempotencyKey, body, input -> reports.create(organizationId, input));
    }

    @GET
    @Path("{id}/annual-reports")
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List an organization's annual reports", description = "Newest year first by default.")
    @APIResponse(responseCode = "200", description = "A page of annual reports")
    public RestResponse<Page<AnnualReportView>> listOrganizationAnnualReports(
            @Parameter(description = "Organization id") @PathParam("id") UUID organizationId,
            @BeanParam Paging paging,
            @Parameter(description = "Sort field (`year`, `submittedOn`, `createdAt`, `updatedAt`) and direction",
                    example = "year,desc") @QueryParam("sort") String sort) {
        reports.requireOrganization(organizationId);
        PageRequest request = PageRequest.of(paging, sort, AnnualReportService.SORTABLE, "year,desc");
        return answers.list(reports.listing(new AnnualReportFilter(null, null, organizationId, null), request.orderBy()),
                request, "annual-reports.csv", AnnualReportView.CSV);
    }
}
