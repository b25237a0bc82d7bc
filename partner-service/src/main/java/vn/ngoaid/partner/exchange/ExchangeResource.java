package vn.ngoaid.partner.exchange;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ngoaid.common.api.Page;
import vn.ngoaid.common.api.PageRequest;
import vn.ngoaid.common.api.Paging;
import vn.ngoaid.common.csv.CsvExport;
import vn.ngoaid.common.record.RecordAnswers;
import vn.ngoaid.common.record.RecordResource;
import vn.ngoaid.common.reference.Code;
import vn.ngoaid.partner.shared.Years;

import java.time.LocalDate;
import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

@Path("/api/v1/exchanges")
@Tag(name = "Exchanges", description = "Delegations and exchange activities: inbound (đoàn vào) and outbound (đoàn ra)")
public class ExchangeResource extends RecordResource<ExchangeInput, ExchangeView> {

    private final ExchangeService exchanges;

    public ExchangeResource(ExchangeService exchanges, RecordAnswers answers) {
        super(exchanges, answers);
        this.exchanges = exchanges;
    }

    @GET
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List delegations and exchanges",
            description = "Pages through exchanges, with filters that combine with AND. Dates and `year` apply to "
                    + "`startDate`. `countryCode` is the counterpart's country (the locality's, else the organization's, "
                    + "else the one given). `q` searches the title, the purpose, the organization's name and the "
                    + "locality's names, ignoring case and accents.")
    @APIResponse(responseCode = "200", description = "A page of exchanges")
    public RestResponse<Page<ExchangeView>> listExchanges(
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
            @BeanParam Paging paging,
            @Parameter(description = "Sort field (`startDate`, `endDate`, `province`, `direction`, `delegations`, "
                    + "`participants`, `title`, `createdAt`, `updatedAt`) and direction", example = "startDate,desc")
            @QueryParam("sort") String sort) {
        Years.check("year", year);
        Years.checkOrder("fromDate", fromDate, "toDate", toDate);
        var filter = new ExchangeFilter(province, direction, countryCode, localityId, organizationId, fromDate, toDate, year, q);
        PageRequest request = PageRequest.of(paging, sort, ExchangeService.SORTABLE, "startDate,asc");
        return answers.list(exchanges.listing(filter, request.orderBy()), request, "exchanges.csv", ExchangeView.CSV);
    }
}
