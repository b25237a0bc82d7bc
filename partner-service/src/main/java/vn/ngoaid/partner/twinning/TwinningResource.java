package vn.ngoaid.partner.twinning;

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
@Tag(name = "Twinnings", description = "Border twinnings of residential clusters (kết nghĩa cụm dân cư hai bên biên giới)")
@Authenticated
public class TwinningResource {

    static final String EXAMPLE = """
            {
              "province": "22",
              "domesticUnit": {"name": "Thôn Pò Hèn", "level": "VILLAGE", "district": "Móng Cái"},
              "foreignUnit": {"name": "Lihuo Village", "level": "VILLAGE"},
              "localityId": "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11",
              "since": "2016-05-20"
            }""";

    private final TwinningService twinnings;
    private final RecordAnswers answers;

    public TwinningResource(TwinningService twinnings, RecordAnswers answers) {
        this.twinnings = twinnings;
        this.answers = answers;
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
    @POST
    @Path("/twinnings")
    @Operation(summary = "Record a border twinning pair",
            description = "Records a Vietnamese village twinned with a foreign village, or a commune with a township "
                    + "(other pairs are 422). The locality must exist (422); the same two units in a province twice is a "
                    + "409. With an `Idempotency-Key`, a retry with the same body returns the first answer and creates nothing.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TwinningInput.class),
            examples = @ExampleObject(name = "Village–village at Móng Cái", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new twinning",
            headers = {@Header(name = "Location", description = "URL of the new twinning"),
                    @Header(name = "ETag", description = "Version of the new twinning")},
            content = @Content(schema = @Schema(implementation = TwinningView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER,
                    description = "Client-chosen key that makes a retry safe; kept for at least 24 hours",
                    example = "twinning-22-po-hen") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull TwinningInput body) {
        return answers.created(idempotencyKey, body, twinnings::create);
    }

    @GET
    @Path("/twinnings")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List border twinnings",
            description = "Pages through twinning pairs, with filters that combine with AND. `countryCode` is the "
                    + "country of the locality. `q` searches both units' names, the district, the note and the "
                    + "locality's names, ignoring case and accents (`q=po hen`).")
    @APIResponse(responseCode = "200", description = "A page of twinnings")
    public RestResponse<Page<TwinningView>> list(
            @Parameter(description = "Vietnamese province, GSO code", example = "22") @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Country of the locality, ISO 3166-1 alpha-2", example = "CN") @QueryParam("countryCode") @Code(COUNTRY) String countryCode,
            @Parameter(description = "Only with this locality", example = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11") @QueryParam("localityId") UUID localityId,
            @Parameter(description = "VILLAGE (village–village pairs) or COMMUNE (commune–township pairs)", example = "VILLAGE")
            @QueryParam("domesticLevel") DomesticUnitLevel domesticLevel,
            @Parameter(description = "Free-text search, case- and accent-insensitive", example = "mong cai") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") Integer size,
            @Parameter(description = "Sort field (`since`, `province`, `domesticUnit`, `foreignUnit`, `createdAt`, "
                    + "`updatedAt`) and direction", example = "since,asc") @QueryParam("sort") String sort) {
        var filter = new TwinningFilter(province, countryCode, localityId, domesticLevel, q);
        PageRequest request = PageRequest.of(page, size, sort, TwinningService.SORTABLE, "since,asc");
        return answers.list(twinnings.listing(filter, request.orderBy()), request, "twinnings.csv", TwinningView.CSV);
    }

    @GET
    @Path("/twinnings/{id}")
    @Operation(summary = "Get a twinning", description = "One twinning pair; the `ETag` header is needed to update it.")
    @APIResponse(responseCode = "200", description = "The twinning",
            headers = @Header(name = "ETag", description = "Version, for If-Match"),
            content = @Content(schema = @Schema(implementation = TwinningView.class)))
    public Response get(@Parameter(description = "Twinning id") @PathParam("id") UUID id) {
        return answers.ok(twinnings.get(id));
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
    @PUT
    @Path("/twinnings/{id}")
    @Operation(summary = "Replace a twinning",
            description = "Replaces every field, with the rules of POST. Needs `If-Match` with the ETag of the last GET: "
                    + "428 without it, 412 when someone else changed the twinning meanwhile.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TwinningInput.class),
            examples = @ExampleObject(name = "Village–village at Móng Cái", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The updated twinning",
            headers = @Header(name = "ETag", description = "New version"),
            content = @Content(schema = @Schema(implementation = TwinningView.class)))
    public Response replace(
            @Parameter(description = "Twinning id") @PathParam("id") UUID id,
            @Parameter(description = "ETag of the last GET", required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TwinningInput body) {
        return answers.ok(twinnings.replace(id, ifMatch, body));
    }
}
