package vn.ngoaid.partner.twinning;

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

import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

@Path("/api/v1/twinnings")
@Tag(name = "Twinnings", description = "Border twinnings of residential clusters (kết nghĩa cụm dân cư hai bên biên giới)")
public class TwinningResource extends RecordResource<TwinningInput, TwinningView> {

    private final TwinningService twinnings;

    public TwinningResource(TwinningService twinnings, RecordAnswers answers) {
        super(twinnings, answers);
        this.twinnings = twinnings;
    }

    @GET
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List border twinnings",
            description = "Pages through twinning pairs, with filters that combine with AND. `countryCode` is the "
                    + "country of the locality. `q` searches both units' names, the district, the note and the "
                    + "locality's names, ignoring case and accents (`q=po hen`).")
    @APIResponse(responseCode = "200", description = "A page of twinnings")
    public RestResponse<Page<TwinningView>> listTwinnings(
            @Parameter(description = "Vietnamese province, GSO code", example = "22") @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Country of the locality, ISO 3166-1 alpha-2", example = "CN") @QueryParam("countryCode") @Code(COUNTRY) String countryCode,
            @Parameter(description = "Only with this locality", example = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11") @QueryParam("localityId") UUID localityId,
            @Parameter(description = "VILLAGE (village–village pairs) or COMMUNE (commune–township pairs)", example = "VILLAGE")
            @QueryParam("domesticLevel") DomesticUnitLevel domesticLevel,
            @Parameter(description = "Free-text search, case- and accent-insensitive", example = "mong cai") @QueryParam("q") String q,
            @BeanParam Paging paging,
            @Parameter(description = "Sort field (`since`, `province`, `domesticUnit`, `foreignUnit`, `createdAt`, "
                    + "`updatedAt`) and direction", example = "since,asc") @QueryParam("sort") String sort) {
        var filter = new TwinningFilter(province, countryCode, localityId, domesticLevel, q);
        PageRequest request = PageRequest.of(paging, sort, TwinningService.SORTABLE, "since,asc");
        return answers.list(twinnings.listing(filter, request.orderBy()), request, "twinnings.csv", TwinningView.CSV);
    }
}
