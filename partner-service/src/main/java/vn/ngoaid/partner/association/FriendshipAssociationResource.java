package vn.ngoaid.partner.association;

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
import vn.ngoaid.common.api.ApiException;
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
@Tag(name = "Friendship associations", description = "Provinces' friendship associations (hội hữu nghị Việt Nam – X) and their members")
@Authenticated
public class FriendshipAssociationResource {

    static final String EXAMPLE = """
            {
              "province": "22",
              "name": "Vietnam–China Friendship Association of Quảng Ninh",
              "localName": "Hội hữu nghị Việt Nam – Trung Quốc tỉnh Quảng Ninh",
              "counterpartCountry": "CN",
              "members": 520,
              "founded": "2008-10-15"
            }""";

    private final FriendshipAssociationService associations;
    private final RecordAnswers answers;

    public FriendshipAssociationResource(FriendshipAssociationService associations, RecordAnswers answers) {
        this.associations = associations;
        this.answers = answers;
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
    @POST
    @Path("/friendship-associations")
    @Operation(summary = "Record a friendship association",
            description = "Adds a province's friendship association. Its name is unique within the province whatever "
                    + "the letter case (409 otherwise). With an `Idempotency-Key`, a retry with the same body returns the "
                    + "first answer and creates nothing.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FriendshipAssociationInput.class),
            examples = @ExampleObject(name = "Vietnam–China in Quảng Ninh", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new association",
            headers = {@Header(name = "Location", description = "URL of the new association"),
                    @Header(name = "ETag", description = "Version of the new association")},
            content = @Content(schema = @Schema(implementation = FriendshipAssociationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER,
                    description = "Client-chosen key that makes a retry safe; kept for at least 24 hours",
                    example = "association-22-vietnam-china") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull FriendshipAssociationInput body) {
        return answers.created(idempotencyKey, body, associations::create);
    }

    @GET
    @Path("/friendship-associations")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List friendship associations",
            description = "Pages through associations, with filters that combine with AND. `countryCode` is another name "
                    + "for `counterpartCountry` (both given must agree, 400 otherwise). `q` searches the names, ignoring "
                    + "case and accents.")
    @APIResponse(responseCode = "200", description = "A page of associations")
    public RestResponse<Page<FriendshipAssociationView>> list(
            @Parameter(description = "Vietnamese province, GSO code", example = "22") @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Country the association is a friend of, ISO 3166-1 alpha-2", example = "CN")
            @QueryParam("counterpartCountry") @Code(COUNTRY) String counterpartCountry,
            @Parameter(description = "Same as counterpartCountry", example = "CN") @QueryParam("countryCode") @Code(COUNTRY) String countryCode,
            @Parameter(description = "Free-text search, case- and accent-insensitive", example = "trung quoc") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") Integer size,
            @Parameter(description = "Sort field (`name`, `province`, `counterpartCountry`, `members`, `founded`, "
                    + "`createdAt`, `updatedAt`) and direction", example = "members,desc") @QueryParam("sort") String sort) {
        if (counterpartCountry != null && countryCode != null && !counterpartCountry.equals(countryCode)) {
            throw ApiException.invalid("countryCode", "must equal counterpartCountry when both are given");
        }
        var filter = new FriendshipAssociationService.Filter(province,
                counterpartCountry != null ? counterpartCountry : countryCode, q);
        PageRequest request = PageRequest.of(page, size, sort, FriendshipAssociationService.SORTABLE, "name,asc");
        return answers.list(associations.listing(filter, request.orderBy()), request, "friendship-associations.csv",
                FriendshipAssociationView.CSV);
    }

    @GET
    @Path("/friendship-associations/{id}")
    @Operation(summary = "Get a friendship association", description = "One association; the `ETag` header is needed to update it.")
    @APIResponse(responseCode = "200", description = "The association",
            headers = @Header(name = "ETag", description = "Version, for If-Match"),
            content = @Content(schema = @Schema(implementation = FriendshipAssociationView.class)))
    public Response get(@Parameter(description = "Association id") @PathParam("id") UUID id) {
        return answers.ok(associations.get(id));
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
    @PUT
    @Path("/friendship-associations/{id}")
    @Operation(summary = "Replace a friendship association",
            description = "Replaces every field. Needs `If-Match` with the ETag of the last GET: 428 without it, 412 when "
                    + "someone else changed the association meanwhile.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FriendshipAssociationInput.class),
            examples = @ExampleObject(name = "Vietnam–China in Quảng Ninh", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The updated association",
            headers = @Header(name = "ETag", description = "New version"),
            content = @Content(schema = @Schema(implementation = FriendshipAssociationView.class)))
    public Response replace(
            @Parameter(description = "Association id") @PathParam("id") UUID id,
            @Parameter(description = "ETag of the last GET", required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull FriendshipAssociationInput body) {
        return answers.ok(associations.replace(id, ifMatch, body));
    }
}
