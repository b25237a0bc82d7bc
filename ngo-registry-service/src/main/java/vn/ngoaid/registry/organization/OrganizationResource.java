package vn.ngoaid.registry.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ngoaid.common.api.Page;
import vn.ngoaid.common.api.PageRequest;
import vn.ngoaid.common.idempotency.Idempotency;
import vn.ngoaid.common.record.RecordAnswers;
import vn.ngoaid.common.reference.Code;
import vn.ngoaid.common.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ngoaid.common.csv.CsvExport;

import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;
import static vn.ngoaid.common.reference.Code.CodeList.SECTOR;

// Rooted at /api/v1 like RegistrationResource: Quarkus REST routes a request to one class by its path first.
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Foreign NGOs and other foreign donors known to the registry")
@Authenticated
public class OrganizationResource {

    static final String EXAMPLE = """
            {
              "name": "Terre des Hommes Deutschland",
              "localName": "Tổ chức Đất của Con người (Đức)",
              "acronym": "TDH",
              "countryCode": "DE",
              "type": "INGO",
              "headquarters": "Osnabrück",
              "website": "https://www.tdh.de",
              "email": "info@tdh.de",
              "sectors": ["11220", "16010"],
              "status": "ACTIVE"
            }""";

    private final OrganizationService organizations;
    private final RecordAnswers answers;

    public OrganizationResource(OrganizationService organizations, RecordAnswers answers) {
        this.organizations = organizations;
        this.answers = answers;
    }

    @RolesAllowed(Roles.REGISTRY_OFFICER)
    @POST
    @Path("/organizations")
    @Operation(summary = "Register an organization",
            description = "Adds a foreign organization. Its name is unique within its country (409 otherwise). "
                    + "With an `Idempotency-Key`, a retry with the same body returns the first answer and creates nothing.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrganizationInput.class),
            examples = @ExampleObject(name = "Terre des Hommes", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new organization",
            headers = {@Header(name = "Location", description = "URL of the new organization"),
                    @Header(name = "ETag", description = "Version of the new organization")},
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER,
                    description = "Client-chosen key that makes a retry safe; kept for at least 24 hours",
                    example = "3d8f0c2e-organization-tdh") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull OrganizationInput body) {
        return answers.created(idempotencyKey, body, organizations::create);
    }

    @GET
    @Path("/organizations")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List organizations",
            description = "Pages through organizations, with filters that combine with AND. `q` searches name, "
                    + "Vietnamese name and acronym, ignoring case and accents (`q=dat cua con nguoi`).")
    @APIResponse(responseCode = "200", description = "A page of organizations")
    public RestResponse<Page<OrganizationView>> list(
            @Parameter(description = "Home country, ISO 3166-1 alpha-2", example = "DE") @QueryParam("country") @Code(COUNTRY) String country,
            @Parameter(description = "Type of organization", example = "INGO") @QueryParam("type") OrganizationType type,
            @Parameter(description = "Works in this DAC sector", example = "12220") @QueryParam("sector") @Code(SECTOR) String sector,
            @Parameter(description = "Holds (or held) a registration covering this province, by the GSO code the registration was recorded with", example = "20")
            @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "ACTIVE or INACTIVE", example = "ACTIVE") @QueryParam("status") OrganizationStatus status,
            @Parameter(description = "Free-text search, case- and accent-insensitive", example = "world vision") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") Integer size,
            @Parameter(description = "Sort field (`name`, `countryCode`, `type`, `createdAt`, `updatedAt`) and direction",
                    example = "name,asc") @QueryParam("sort") String sort) {
        var filter = new OrganizationFilter(country, type, sector, province, status, q);
        PageRequest request = PageRequest.of(page, size, sort, OrganizationService.SORTABLE, "name,asc");
        return answers.list(organizations.listing(filter, request.orderBy()), request, "organizations.csv", OrganizationView.CSV);
    }

    @GET
    @Path("/organizations/{id}")
    @Operation(summary = "Get an organization", description = "One organization; the `ETag` header is needed to update it.")
    @APIResponse(responseCode = "200", description = "The organization",
            headers = @Header(name = "ETag", description = "Version, for If-Match"),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response get(@Parameter(description = "Organization id") @PathParam("id") UUID id) {
        return answers.ok(organizations.get(id));
    }

    @RolesAllowed(Roles.REGISTRY_OFFICER)
    @PUT
    @Path("/organizations/{id}")
    @Operation(summary = "Replace an organization",
            description = "Replaces every field. Needs `If-Match` with the ETag of the last GET: 428 without it, "
                    + "412 when someone else changed the organization meanwhile.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrganizationInput.class),
            examples = @ExampleObject(name = "Terre des Hommes", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The updated organization",
            headers = @Header(name = "ETag", description = "New version"),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response replace(
            @Parameter(description = "Organization id") @PathParam("id") UUID id,
            @Parameter(description = "ETag of the last GET", required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OrganizationInput body) {
        return answers.ok(organizations.replace(id, ifMatch, body));
    }
}
