package vn.ngoaid.registry.organization;

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

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;
import static vn.ngoaid.common.reference.Code.CodeList.SECTOR;

@Path("/api/v1/organizations")
@Tag(name = "Organizations", description = "Foreign NGOs and other foreign donors known to the registry")
public class OrganizationResource extends RecordResource<OrganizationInput, OrganizationView> {

    private final OrganizationService organizations;

    public OrganizationResource(OrganizationService organizations, RecordAnswers answers) {
        super(organizations, answers);
        this.organizations = organizations;
    }

    @GET
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List organizations",
            description = "Pages through organizations, with filters that combine with AND. `q` searches name, "
                    + "Vietnamese name and acronym, ignoring case and accents (`q=dat cua con nguoi`).")
    @APIResponse(responseCode = "200", description = "A page of organizations")
    public RestResponse<Page<OrganizationView>> listOrganizations(
            @Parameter(description = "Home country, ISO 3166-1 alpha-2", example = "DE") @QueryParam("country") @Code(COUNTRY) String country,
            @Parameter(description = "Type of organization", example = "INGO") @QueryParam("type") OrganizationType type,
            @Parameter(description = "Works in this DAC sector", example = "12220") @QueryParam("sector") @Code(SECTOR) String sector,
            @Parameter(description = "Holds (or held) a registration covering this province, by the GSO code the registration was recorded with", example = "20")
            @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "ACTIVE or INACTIVE", example = "ACTIVE") @QueryParam("status") OrganizationStatus status,
            @Parameter(description = "Free-text search, case- and accent-insensitive", example = "world vision") @QueryParam("q") String q,
            @BeanParam Paging paging,
            @Parameter(description = "Sort field (`name`, `countryCode`, `type`, `createdAt`, `updatedAt`) and direction",
                    example = "name,asc") @QueryParam("sort") String sort) {
        var filter = new OrganizationFilter(country, type, sector, province, status, q);
        PageRequest request = PageRequest.of(paging, sort, OrganizationService.SORTABLE, "name,asc");
        return answers.list(organizations.listing(filter, request.orderBy()), request, "organizations.csv", OrganizationView.CSV);
    }
}
