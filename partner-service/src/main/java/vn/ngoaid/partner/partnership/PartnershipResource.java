package vn.ngoaid.partner.partnership;

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

@Path("/api/v1/partnerships")
@Tag(name = "Partnerships", description = "Provinces' standing relations with foreign localities")
public class PartnershipResource extends RecordResource<PartnershipInput, PartnershipView> {

    private final PartnershipService partnerships;

    public PartnershipResource(PartnershipService partnerships, RecordAnswers answers) {
        super(partnerships, answers);
        this.partnerships = partnerships;
    }

    @GET
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List partnerships",
            description = "Pages through partnerships, with filters that combine with AND. `countryCode` is the country "
                    + "of the locality. `q` searches the note and the locality's names, ignoring case and accents.")
    @APIResponse(responseCode = "200", description = "A page of partnerships")
    public RestResponse<Page<PartnershipView>> listPartnerships(
            @Parameter(description = "Vietnamese province, GSO code", example = "08") @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Country of the locality, ISO 3166-1 alpha-2", example = "LA") @QueryParam("countryCode") @Code(COUNTRY) String countryCode,
            @Parameter(description = "Only with this locality", example = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11") @QueryParam("localityId") UUID localityId,
            @Parameter(description = "Kind of relation", example = "FRIENDSHIP") @QueryParam("kind") PartnershipKind kind,
            @Parameter(description = "Status", example = "ACTIVE") @QueryParam("status") PartnershipStatus status,
            @Parameter(description = "Free-text search, case- and accent-insensitive", example = "xieng khoang") @QueryParam("q") String q,
            @BeanParam Paging paging,
            @Parameter(description = "Sort field (`since`, `until`, `province`, `kind`, `status`, `createdAt`, `updatedAt`) "
                    + "and direction", example = "since,desc") @QueryParam("sort") String sort) {
        var filter = new PartnershipFilter(province, countryCode, localityId, kind, status, q);
        PageRequest request = PageRequest.of(paging, sort, PartnershipService.SORTABLE, "since,asc");
        return answers.list(partnerships.listing(filter, request.orderBy()), request, "partnerships.csv", PartnershipView.CSV);
    }
}
