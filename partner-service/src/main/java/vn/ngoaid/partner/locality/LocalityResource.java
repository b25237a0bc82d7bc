package vn.ngoaid.partner.locality;

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

@Path("/api/v1/localities")
@Tag(name = "Localities", description = "Foreign localities (provinces, prefectures, cities, townships, villages) that provinces relate to")
public class LocalityResource extends RecordResource<LocalityInput, LocalityView> {

    private final LocalityService localities;

    public LocalityResource(LocalityService localities, RecordAnswers answers) {
        super(localities, answers);
        this.localities = localities;
    }

    @GET
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List foreign localities",
            description = "Pages through localities, with filters that combine with AND. `q` searches the name, the "
                    + "local name and the Vietnamese name, ignoring case and accents (`q=van son` finds `Văn Sơn`).")
    @APIResponse(responseCode = "200", description = "A page of localities")
    public RestResponse<Page<LocalityView>> listLocalities(
            @Parameter(description = "Country, ISO 3166-1 alpha-2", example = "CN") @QueryParam("countryCode") @Code(COUNTRY) String countryCode,
            @Parameter(description = "Administrative level", example = "PROVINCE") @QueryParam("level") LocalityLevel level,
            @Parameter(description = "Only the localities directly inside this one", example = "6f1c2b7e-3a4d-4e5f-9a0b-1c2d3e4f5a6b")
            @QueryParam("parentId") UUID parentId,
            @Parameter(description = "Free-text search, case- and accent-insensitive", example = "van son") @QueryParam("q") String q,
            @BeanParam Paging paging,
            @Parameter(description = "Sort field (`name`, `countryCode`, `level`, `createdAt`, `updatedAt`) and direction",
                    example = "name,asc") @QueryParam("sort") String sort) {
        var filter = new LocalityFilter(countryCode, level, parentId, q);
        PageRequest request = PageRequest.of(paging, sort, LocalityService.SORTABLE, "name,asc");
        return answers.list(localities.listing(filter, request.orderBy()), request, "localities.csv", LocalityView.CSV);
    }
}
