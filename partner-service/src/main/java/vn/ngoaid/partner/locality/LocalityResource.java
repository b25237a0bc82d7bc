package vn.ngoaid.partner.locality;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.jboss.resteasy.reactive.RestResponse;
import vn.ngoaid.common.api.Page;
import vn.ngoaid.common.api.PageRequest;
import vn.ngoaid.common.idempotency.Idempotency;
import vn.ngoaid.common.record.RecordAnswers;
import vn.ngoaid.common.reference.Code;
import vn.ngoaid.common.security.Roles;
import vn.ngoaid.common.csv.CsvExport;

import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;

// Every resource class is rooted at /api/v1: Quarkus REST routes a request to one class by its path first.
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Localities", description = "Foreign localities (provinces, prefectures, cities, townships, villages) that provinces relate to")
@Authenticated
public class LocalityResource {

    static final String EXAMPLE = """
            {
              "name": "Anseong",
              "localName": "안성시",
              "vietnameseName": "thành phố Anseong",
              "countryCode": "KR",
              "level": "CITY",
              "parentId": "6f1c2b7e-3a4d-4e5f-9a0b-1c2d3e4f5a6b"
            }""";

    private final LocalityService localities;
    private final RecordAnswers answers;

    public LocalityResource(LocalityService localities, RecordAnswers answers) {
        this.localities = localities;
        this.answers = answers;
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
    @POST
    @Path("/localities")
    @Operation(summary = "Add a foreign locality",
            description = "Adds a locality abroad. Its name is unique (whatever the letter case) within its country and "
                    + "parent (409 otherwise). A parent must exist and be in the same country (422 otherwise). "
                    + "With an `Idempotency-Key`, a retry with the same body returns the first answer and creates nothing.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LocalityInput.class),
            examples = @ExampleObject(name = "Anseong city in Gyeonggi", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new locality",
            headers = {@Header(name = "Location", description = "URL of the new locality"),
                    @Header(name = "ETag", description = "Version of the new locality")},
            content = @Content(schema = @Schema(implementation = LocalityView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER,
                    description = "Client-chosen key that makes a retry safe; kept for at least 24 hours",
                    example = "locality-kr-anseong") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull LocalityInput body) {
        return answers.created(idempotencyKey, body, localities::create);
    }

    @GET
    @Path("/localities")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List foreign localities",
            description = "Pages through localities, with filters that combine with AND. `q` searches the name, the "
                    + "local name and the Vietnamese name, ignoring case and accents (`q=van son` finds `Văn Sơn`).")
    @APIResponse(responseCode = "200", description = "A page of localities")
    public RestResponse<Page<LocalityView>> list(
            @Parameter(description = "Country, ISO 3166-1 alpha-2", example = "CN") @QueryParam("countryCode") @Code(COUNTRY) String countryCode,
            @Parameter(description = "Administrative level", example = "PROVINCE") @QueryParam("level") LocalityLevel level,
            @Parameter(description = "Only the localities directly inside this one", example = "6f1c2b7e-3a4d-4e5f-9a0b-1c2d3e4f5a6b")
            @QueryParam("parentId") UUID parentId,
            @Parameter(description = "Free-text search, case- and accent-insensitive", example = "van son") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") Integer size,
            @Parameter(description = "Sort field (`name`, `countryCode`, `level`, `createdAt`, `updatedAt`) and direction",
                    example = "name,asc") @QueryParam("sort") String sort) {
        var filter = new LocalityFilter(countryCode, level, parentId, q);
        PageRequest request = PageRequest.of(page, size, sort, LocalityService.SORTABLE, "name,asc");
        return answers.list(localities.listing(filter, request.orderBy()), request, "localities.csv", LocalityView.CSV);
    }

    @GET
    @Path("/localities/{id}")
    @Operation(summary = "Get a locality", description = "One locality; the `ETag` header is needed to update it.")
    @APIResponse(responseCode = "200", description = "The locality",
            headers = @Header(name = "ETag", description = "Version, for If-Match"),
            content = @Content(schema = @Schema(implementation = LocalityView.class)))
    public Response get(@Parameter(description = "Locality id") @PathParam("id") UUID id) {
        return answers.ok(localities.get(id));
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
    @PUT
    @Path("/localities/{id}")
    @Operation(summary = "Replace a locality",
            description = "Replaces every field. Needs `If-Match` with the ETag of the last GET: 428 without it, 412 when "
                    + "someone else changed the locality meanwhile. The new parent must exist, be in the same country and "
                    + "not lie inside this locality (422); a locality with localities inside it cannot change country (422).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LocalityInput.class),
            examples = @ExampleObject(name = "Anseong city in Gyeonggi", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The updated locality",
            headers = @Header(name = "ETag", description = "New version"),
            content = @Content(schema = @Schema(implementation = LocalityView.class)))
    public Response replace(
            @Parameter(description = "Locality id") @PathParam("id") UUID id,
            @Parameter(description = "ETag of the last GET", required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LocalityInput body) {
        return answers.ok(localities.replace(id, ifMatch, body));
    }
}
