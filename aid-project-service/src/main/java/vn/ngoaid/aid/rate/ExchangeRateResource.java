package vn.ngoaid.aid.rate;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import vn.ngoaid.common.api.Paging;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.csv.CsvExport;
import vn.ngoaid.common.reference.Code;
import vn.ngoaid.common.security.Roles;

import static vn.ngoaid.common.reference.Code.CodeList.CURRENCY;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange rates", description = "Annual rates, units of a currency per US dollar, used for every conversion")
@Authenticated
public class ExchangeRateResource {

    static final CsvColumns<ExchangeRateView> COLUMNS = CsvColumns.ofComponents(ExchangeRateView.class);

    private final ExchangeRates rates;
    private final CsvExport csv;

    public ExchangeRateResource(ExchangeRates rates, CsvExport csv) {
        this.rates = rates;
        this.csv = csv;
    }

    @RolesAllowed(Roles.COORDINATOR)
    @PUT
    @Path("/exchange-rates/{year}/{currency}")
    @Operation(summary = "Record the rate of a currency for a year",
            description = "Creates or replaces the rate; no If-Match needed. USD takes no rate (1 by definition). "
                    + "A replaced rate changes every figure converted with it from then on, project totals included. "
                    + "Only coordinators record rates.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ExchangeRateInput.class),
            examples = @ExampleObject(name = "VND in 2020", value = "{\"unitsPerUsd\": 23208.5}")))
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = ExchangeRateView.class)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ExchangeRateView.class)))
    public Response putExchangeRate(
            @Parameter(description = "Calendar year", example = "2020") @PathParam("year") @Min(1945) @Max(2100) int year,
            @Parameter(description = "ISO 4217 code", example = "VND") @PathParam("currency") @Code(CURRENCY) String currency,
            @Valid @NotNull ExchangeRateInput body,
            @Context UriInfo uri) {
        boolean created = rates.put(year, currency, body);
        ExchangeRateView stored = rates.get(year, currency);
        return created ? Response.created(uri.getAbsolutePath()).entity(stored).build() : Response.ok(stored).build();
    }

    @GET
    @Path("/exchange-rates/{year}/{currency}")
    @Operation(summary = "Get the rate of a currency for a year")
    @APIResponse(responseCode = "200", description = "The rate", content = @Content(schema = @Schema(implementation = ExchangeRateView.class)))
    public ExchangeRateView getExchangeRate(
            @Parameter(description = "Calendar year", example = "2020") @PathParam("year") @Min(1945) @Max(2100) int year,
            @Parameter(description = "ISO 4217 code", example = "VND") @PathParam("currency") @Code(CURRENCY) String currency) {
        return rates.get(year, currency);
    }

    @GET
    @Path("/exchange-rates")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List exchange rates",
            description = "Pages through the rates, by year then currency unless sorted otherwise.")
    @APIResponse(responseCode = "200", description = "A page of rates")
    public RestResponse<Page<ExchangeRateView>> listExchangeRates(
            @Parameter(description = "Only this year", example = "2020") @QueryParam("year") @Min(1945) @Max(2100) Integer year,
            @Parameter(description = "Only this currency", example = "VND") @QueryParam("currency") @Code(CURRENCY) String currency,
            @BeanParam Paging paging,
            @Parameter(description = "Sort field (`year`, `currency`) and direction", example = "year,desc") @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(paging, sort, ExchangeRates.SORTABLE, "year,asc");
        var listing = rates.listing(year, currency, request.orderBy());
        return csv.requested() ? csv.stream("exchange-rates.csv", COLUMNS, listing.all()) : csv.json(listing.page(request));
    }
}
