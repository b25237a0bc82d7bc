package vn.ngoaid.partner.agreement;

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
import vn.ngoaid.partner.shared.Years;

import java.time.LocalDate;
import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;
import static vn.ngoaid.common.reference.Code.CodeList.SECTOR;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "International agreements signed by provinces (thỏa thuận quốc tế)")
@Authenticated
public class AgreementResource {

    static final String EXAMPLE = """
            {
              "province": "20",
              "counterpart": {"localityId": "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11"},
              "title": "Agreement on cooperation in agriculture and forestry",
              "localTitle": "Thỏa thuận hợp tác trong lĩnh vực nông, lâm nghiệp",
              "signedOn": "2009-04-15",
              "validUntil": "2014-04-14",
              "sectors": ["31120"],
              "signatoryLevel": "PROVINCIAL_PEOPLES_COMMITTEE",
              "status": "IN_FORCE"
            }""";

    static final String EXAMPLE_ORGANIZATION = """
            {
              "province": "20",
              "counterpart": {"organizationId": "5a0c3f7e-1b2d-4c3e-8f9a-0b1c2d3e4f5a"},
              "title": "Cooperation agreement on sustainable agriculture value chains",
              "signedOn": "2010-06-01",
              "sectors": ["31120", "31194"]
            }""";

    private final AgreementService agreements;
    private final RecordAnswers answers;

    public AgreementResource(AgreementService agreements, RecordAnswers answers) {
        this.agreements = agreements;
        this.answers = answers;
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
    @POST
    @Path("/agreements")
    @Operation(summary = "Record an international agreement",
            description = "Records an agreement of a province with exactly one counterpart (400 if none or several): a "
                    + "locality of this service (must exist, 422), an organization of ngo-registry-service (asked over "
                    + "REST: unknown is 422, no answer is 503 and nothing is stored; its name and country are copied), or "
                    + "a named party with its country. `validUntil` must not be before `signedOn` (400). With an "
                    + "`Idempotency-Key`, a retry with the same body returns the first answer and creates nothing.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgreementInput.class),
            examples = {@ExampleObject(name = "With Guangxi", value = EXAMPLE),
                    @ExampleObject(name = "With a registered organization", value = EXAMPLE_ORGANIZATION)}))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new agreement",
            headers = {@Header(name = "Location", description = "URL of the new agreement"),
                    @Header(name = "ETag", description = "Version of the new agreement")},
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER,
                    description = "Client-chosen key that makes a retry safe; kept for at least 24 hours",
                    example = "agreement-20-2009-agriculture") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull AgreementInput body) {
        return answers.created(idempotencyKey, body, agreements::create);
    }

    @GET
    @Path("/agreements")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List agreements",
            description = "Pages through agreements, with filters that combine with AND. `countryCode` is the "
                    + "counterpart's country. `status=EXPIRED` finds agreements in force whose `validUntil` has passed. "
                    + "`q` searches the titles, the counterpart's name and the note, ignoring case and accents.")
    @APIResponse(responseCode = "200", description = "A page of agreements")
    public RestResponse<Page<AgreementView>> list(
            @Parameter(description = "Vietnamese province, GSO code", example = "20") @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Country of the counterpart, ISO 3166-1 alpha-2", example = "CN") @QueryParam("countryCode") @Code(COUNTRY) String countryCode,
            @Parameter(description = "Only with this locality", example = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11") @QueryParam("localityId") UUID localityId,
            @Parameter(description = "Only with this organization of ngo-registry-service", example = "5a0c3f7e-1b2d-4c3e-8f9a-0b1c2d3e4f5a")
            @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Status today (IN_FORCE, EXPIRED, TERMINATED)", example = "IN_FORCE") @QueryParam("status") AgreementStatus status,
            @Parameter(description = "Who signed for the province", example = "PROVINCIAL_PEOPLES_COMMITTEE")
            @QueryParam("signatoryLevel") SignatoryLevel signatoryLevel,
            @Parameter(description = "Covers this DAC sector", example = "31120") @QueryParam("sector") @Code(SECTOR) String sector,
            @Parameter(description = "Signed on or after", example = "2008-01-01") @QueryParam("signedFrom") LocalDate signedFrom,
            @Parameter(description = "Signed on or before", example = "2012-12-31") @QueryParam("signedTo") LocalDate signedTo,
            @Parameter(description = "Signed in this year", example = "2009") @QueryParam("year") Integer year,
            @Parameter(description = "Free-text search, case- and accent-insensitive", example = "nong nghiep") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") Integer size,
            @Parameter(description = "Sort field (`signedOn`, `validUntil`, `title`, `province`, `createdAt`, `updatedAt`) "
                    + "and direction", example = "signedOn,desc") @QueryParam("sort") String sort) {
        Years.check("year", year);
        Years.checkOrder("signedFrom", signedFrom, "signedTo", signedTo);
        var filter = new AgreementFilter(province, countryCode, localityId, organizationId, status, signatoryLevel, sector,
                signedFrom, signedTo, year, q);
        PageRequest request = PageRequest.of(page, size, sort, AgreementService.SORTABLE, "signedOn,asc");
        return answers.list(agreements.listing(filter, request.orderBy()), request, "agreements.csv", AgreementView.CSV);
    }

    @GET
    @Path("/agreements/{id}")
    @Operation(summary = "Get an agreement", description = "One agreement; the `ETag` header is needed to update it.")
    @APIResponse(responseCode = "200", description = "The agreement",
            headers = @Header(name = "ETag", description = "Version, for If-Match"),
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    public Response get(@Parameter(description = "Agreement id") @PathParam("id") UUID id) {
        return answers.ok(agreements.get(id));
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
    @PUT
    @Path("/agreements/{id}")
    @Operation(summary = "Replace an agreement",
            description = "Replaces every field, with the rules of POST; an organization is asked of the registry again "
                    + "only when it changes (422 unknown, 503 no answer). Needs `If-Match` with the ETag of the last GET: "
                    + "428 without it, 412 when someone else changed the agreement meanwhile.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgreementInput.class),
            examples = @ExampleObject(name = "With Guangxi", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The updated agreement",
            headers = @Header(name = "ETag", description = "New version"),
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response replace(
            @Parameter(description = "Agreement id") @PathParam("id") UUID id,
            @Parameter(description = "ETag of the last GET", required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AgreementInput body) {
        return answers.ok(agreements.replace(id, ifMatch, body));
    }
}
