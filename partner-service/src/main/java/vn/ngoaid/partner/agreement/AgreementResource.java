package vn.ngoaid.partner.agreement;

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
import static vn.ngoaid.common.reference.Code.CodeList.SECTOR;

@Path("/api/v1/agreements")
@Tag(name = "Agreements", description = "International agreements signed by provinces (thỏa thuận quốc tế)")
public class AgreementResource extends RecordResource<AgreementInput, AgreementView> {

    private final AgreementService agreements;

    public AgreementResource(AgreementService agreements, RecordAnswers answers) {
        super(agreements, answers);
        this.agreements = agreements;
    }

    @GET
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List agreements",
            description = "Pages through agreements, with filters that combine with AND. `countryCode` is the "
                    + "counterpart's country. `status=EXPIRED` finds agreements in force whose `validUntil` has passed. "
                    + "`q` searches the titles, the counterpart's name and the note, ignoring case and accents.")
    @APIResponse(responseCode = "200", description = "A page of agreements")
    public RestResponse<Page<AgreementView>> listAgreements(
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
            @BeanParam Paging paging,
            @Parameter(description = "Sort field (`signedOn`, `validUntil`, `title`, `province`, `createdAt`, `updatedAt`) "
                    + "and direction", example = "signedOn,desc") @QueryParam("sort") String sort) {
        Years.check("year", year);
        Years.checkOrder("signedFrom", signedFrom, "signedTo", signedTo);
        var filter = new AgreementFilter(province, countryCode, localityId, organizationId, status, signatoryLevel, sector,
                signedFrom, signedTo, year, q);
        PageRequest request = PageRequest.of(paging, sort, AgreementService.SORTABLE, "signedOn,asc");
        return answers.list(agreements.listing(filter, request.orderBy()), request, "agreements.csv", AgreementView.CSV);
    }
}
