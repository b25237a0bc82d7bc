package vn.ngoaid.partner.partnership;

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
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Provinces' standing relations with foreign localities")
@Authenticated
public class PartnershipResource {

    static final String EXAMPLE = """
            {
              "province": "08",
              "localityId": "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11",
              "kind": "FRIENDSHIP",
              "since": "2011-07-06",
              "status": "ACTIVE",
              "note": "Bilateral relation kept up under the 2011–2016 plan"
            }""";

    private final PartnershipService partnerships;
    private final RecordAnswers answers;

    public PartnershipResource(PartnershipService partnerships, RecordAnswers answers) {
        this.partnerships = partnerships;
        this.answers = answers;
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
    @POST
    @Path("/partnerships")
    @Operation(summary = "Record a partnership",
            description = "Records a province's relation with a foreign locality. The locality must exist (422); the "
                    + "province code must be a unit on `since` (422); `until` must not be before `since` (400); the same "
                    + "province, locality and kind twice is a 409. With an `Idempotency-Key`, a retry with the same body "
                    + "returns the first answer and creates nothing.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PartnershipInput.class),
            examples = @ExampleObject(name = "Tuyên Quang – Xiangkhouang", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new partnership",
            headers = {@Header(name = "Location", description = "URL of the new partnership"),
                    @Header(name = "ETag", description = "Version of the new partnership")},
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER,
                    description = "Client-chosen key that makes a retry safe; kept for at least 24 hours",
                    example = "partnership-08-xiangkhouang") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull PartnershipInput body) {
        return answers.created(idempotencyKey, body, partnerships::create);
    }

    @GET
    @Path("/partnerships")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List partnerships",
            description = "Pages through partnerships, with filters that combine with AND. `countryCode` is the country "
                    + "of the locality. `q` searches the note and the locality's names, ignoring case and accents.")
    @APIResponse(responseCode = "200", description = "A page of partnerships")
    public RestResponse<Page<PartnershipView>> list(
            @Parameter(description = "Vietnamese province, GSO code", example = "08") @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Country of the locality, ISO 3166-1 alpha-2", example = "LA") @QueryParam("countryCode") @Code(COUNTRY) String countryCode,
            @Parameter(description = "Only with this locality", example = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11") @QueryParam("localityId") UUID localityId,
            @Parameter(description = "Kind of relation", example = "FRIENDSHIP") @QueryParam("kind") PartnershipKind kind,
            @Parameter(description = "Status", example = "ACTIVE") @QueryParam("status") PartnershipStatus status,
            @Parameter(description = "Free-text search, case- and accent-insensitive", example = "xieng khoang") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") Integer size,
            @Parameter(description = "Sort field (`since`, `until`, `province`, `kind`, `status`, `createdAt`, `updatedAt`) "
                    + "and direction", example = "since,desc") @QueryParam("sort") String sort) {
        var filter = new PartnershipFilter(province, countryCode, localityId, kind, status, q);
        PageRequest request = PageRequest.of(page, size, sort, PartnershipService.SORTABLE, "since,asc");
        return answers.list(partnerships.listing(filter, request.orderBy()), request, "partnerships.csv", PartnershipView.CSV);
    }

    @GET
    @Path("/partnerships/{id}")
    @Operation(summary = "Get a partnership", description = "One partnership; the `ETag` header is needed to update it.")
    @APIResponse(responseCode = "200", description = "The partnership",
            headers = @Header(name = "ETag", description = "Version, for If-Match"),
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    public Response get(@Parameter(description = "Partnership id") @PathParam("id") UUID id) {
        return answers.ok(partnerships.get(id));
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
    @PUT
    @Path("/partnerships/{id}")
    @Operation(summary = "Replace a partnership",
            description = "Replaces every field, with the rules of POST. Needs `If-Match` with the ETag of the last GET: "
                    + "428 without it, 412 when someone else changed the partnership meanwhile.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PartnershipInput.class),
            examples = @ExampleObject(name = "Tuyên Quang – Xiangkhouang", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The updated partnership",
            headers = @Header(name = "ETag", description = "New version"),
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    public Response replace(
            @Parameter(description = "Partnership id") @PathParam("id") UUID id,
            @Parameter(description = "ETag of the last GET", required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PartnershipInput body) {
        return answers.ok(partnerships.replace(id, ifMatch, body));
    }
}
