package vn.ngoaid.partner.association;

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
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.Page;
import vn.ngoaid.common.api.PageRequest;
import vn.ngoaid.common.api.Paging;
import vn.ngoaid.common.csv.CsvExport;
import vn.ngoaid.common.record.RecordAnswers;
import vn.ngoaid.common.record.RecordResource;
import vn.ngoaid.common.reference.Code;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

@Path("/api/v1/friendship-associations")
@Tag(name = "Friendship associations", description = "Provinces' friendship associations (hội hữu nghị Việt Nam – X) and their members")
public class FriendshipAssociationResource extends RecordResource<FriendshipAssociationInput, FriendshipAssociationView> {

    private final FriendshipAssociationService associations;

    public FriendshipAssociationResource(FriendshipAssociationService associations, RecordAnswers answers) {
        super(associations, answers);
        this.associations = associations;
    }

    @GET
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List friendship associations",
            description = "Pages through associations, with filters that combine with AND. `countryCode` is another name "
                    + "for `counterpartCountry` (both given must agree, 400 otherwise). `q` searches the names, ignoring "
                    + "case and accents.")
    @APIResponse(responseCode = "200", description = "A page of associations")
    public RestResponse<Page<FriendshipAssociationView>> listFriendshipAssociations(
            @Parameter(description = "Vietnamese province, GSO code", example = "22") @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Country the association is a friend of, ISO 3166-1 alpha-2", example = "CN")
            @QueryParam("counterpartCountry") @Code(COUNTRY) String counterpartCountry,
            @Parameter(description = "Same as counterpartCountry", example = "CN") @QueryParam("countryCode") @Code(COUNTRY) String countryCode,
            @Parameter(description = "Free-text search, case- and accent-insensitive", example = "trung quoc") @QueryParam("q") String q,
            @BeanParam Paging paging,
            @Parameter(description = "Sort field (`name`, `province`, `counterpartCountry`, `members`, `founded`, "
                    + "`createdAt`, `updatedAt`) and direction", example = "members,desc") @QueryParam("sort") String sort) {
        if (counterpartCountry != null && countryCode != null && !counterpartCountry.equals(countryCode)) {
            throw ApiException.invalid("countryCode", "must equal counterpartCountry when both are given");
        }
        var filter = new FriendshipAssociationService.Filter(province,
                counterpartCountry != null ? counterpartCountry : countryCode, q);
        PageRequest request = PageRequest.of(paging, sort, FriendshipAssociationService.SORTABLE, "name,asc");
        return answers.list(associations.listing(filter, request.orderBy()), request, "friendship-associations.csv",
                FriendshipAssociationView.CSV);
    }
}
