package vn.ngoaid.partner.exchange;

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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exchanges", description = "Delegations and exchange activities: inbound (đoàn vào) and outbound (đoàn ra)")
@Authenticated
public class ExchangeResource {

    static final String EXAMPLE = """
            {
              "province": "12",
              "direction": "OUTBOUND",
              "localityId": "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11",
              "title": "People-to-people exchange in Honghe, Yunnan",
              "purpose": "Friendship exchange of the provincial Union of Friendship Organizations",
              "startDate": "2015-09-14",
              "endDate": "2015-09-17",
              "participants": 15
            }""";

    static final String EXAMPLE_BATCH = """
            {
              "province": "20",
              "direction": "INBOUND",
              "title": "Foreign delegations received in 2009 (yearly report)",
              "startDate": "2009-01-01",
              "endDate": "2009-12-31",
              "delegations": 75,
              "participants": 520
            }""";

    private final ExchangeService exchanges;
    private final RecordAnswers answers;

    public ExchangeResource(ExchangeService exchanges, RecordAnswers answers) {
        this.exchanges = exchanges;
        this.answers = answers;
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
    @POST
    @Path("/exchanges")
    @Operation(summary = "Record a delegation, an exchange activity or a batch of them",
            description = "Records one delegation (`delegations` 1, the default) or a batch totalled by a report "
                    + "(`delegations` > 1, e.g. one row per year and direction). A locality must exist (422); an "
                    + "organization is asked of ngo-registry-service over REST (unknown 422, no answer 503 and nothing "
                    + "stored; its name and country are copied). A single delegation names a locality, an organization or "
                    + "a country (400 otherwise). `endDate` not before `startDate` (400); `participants` at least "
                    + "`delegations` (400). With an `Idempotency-Key`, a retry with the same body returns the first answer.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ExchangeInput.class),
            examples = {@ExampleObject(name = "One delegation to a locality", value = EXAMPLE),
                    @ExampleObject(name = "A yearly batch", value = EXAMPLE_BATCH)}))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new exchange",
            headers = {@Header(name = "Location", description = "URL of the new exchange"),
                    @Header(name = "ETag", description = "Version of the new exchange")},
            content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER,
                    description = "Client-chosen key that makes a retry safe; kept for at least 24 hours",
                    example = "exchange-20-2009-inbound") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ExchangeInput body) {
        return answers.created(idempotencyKey, body, exchanges::create);
    }

    @GET
    @Path("/exchanges")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List delegations and exchanges",
            description = "Pages through exchanges, with filters that combine with AND. Dates and `year` apply to "
                    + "`startDate`. `countryCode` is the counterpart's country (the locality's, else the organization's, "
                    + "else the one given). `q` searches the title, the purpose, the organization's name and the "
                    + "locality's names, ignoring case and accents.")
    @APIResponse(responseCode = "200", description = "A page of exchanges")
    public RestResponse<Page<ExchangeView>> list(
            @Parameter(description = "Vietnamese province, GSO code", example = "20") @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "INBOUND or OUTBOUND", example = "INBOUND") @QueryParam("direction") ExchangeDirection direction,
            @Parameter(description = "Country of the counterpart, ISO 3166-1 alpha-2", example = "CN") @QueryParam("countryCode") @Code(COUNTRY) String countryCode,
            @Parameter(description = "Only with this locality", example = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11") @QueryParam("localityId") UUID localityId,
            @Parameter(description = "Only with this organization of ngo-registry-service", example = "5a0c3f7e-1b2d-4c3e-8f9a-0b1c2d3e4f5a")
            @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Starting on or after", example = "2008-01-01") @QueryParam("fromDate") LocalDate fromDate,
            @Parameter(description = "Starting on or before", example = "2012-12-31") @QueryParam("toDate") LocalDate toDate,
            @Parameter(description = "Starting in this year", example = "2009") @QueryParam("year") Integer year,
            @Parameter(description = "Free-text search, case- and accent-insensitive", example = "quang tay") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") Integer size,
            @Parameter(description = "Sort field (`startDate`, `endDate`, `province`, `direction`, `delegations`, "
                    + "`participants`, `title`, `createdAt`, `updatedAt`) and direction", example = "startDate,desc")
            @QueryParam("sort") String sort) {
        Years.check("year", year);
        Years.checkOrder("fromDate", fromDate, "toDate", toDate);
        var filter = new ExchangeFilter(province, direction, countryCode, localityId, organizationId, fromDate, toDate, year, q);
        PageRequest request = PageRequest.of(page, size, sort, ExchangeService.SORTABLE, "startDate,asc");
        return answers.list(exchanges.listing(filter, request.orderBy()), request, "exchanges.csv", ExchangeView.CSV);
    }

    @GET
    @Path("/exchanges/{id}")
    @Operation(summary = "Get an exchange", description = "One exchange; the `ETag` header is needed to update it.")
    @APIResponse(responseCode = "200", description = "The exchange",
            headers = @Header(name = "ETag", description = "Version, for If-Match"),
            content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    public Response get(@Parameter(description = "Exchange id") @PathParam("id") UUID id) {
        return answers.ok(exchanges.get(id));
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
    @PUT
    @Path("/exchanges/{id}")
    @Operation(summary = "Replace an exchange",
            description = "Replaces every field, with the rules of POST; an organization is asked of the registry again "
                    + "only when it changes. Needs `If-Match` with the ETag of the last GET: 428 without it, 412 when "
                    + "someone else changed the exchange meanwhile.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ExchangeInput.class),
            examples = @ExampleObject(name = "One delegation to a locality", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The updated exchange",
            headers = @Header(name = "ETag", description = "New version"),
            content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response replace(
            @Parameter(description = "Exchange id") @PathParam("id") UUID id,
            @Parameter(description = "ETag of the last GET", required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ExchangeInput body) {
        return answers.ok(exchanges.replace(id, ifMatch, body));
    }
}
