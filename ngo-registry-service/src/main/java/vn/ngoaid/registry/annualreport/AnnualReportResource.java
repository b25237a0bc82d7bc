package vn.ngoaid.registry.annualreport;

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
import vn.ngoaid.common.record.RecordByIdResource;
import vn.ngoaid.common.reference.Code;

import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

/** All annual reports, one by id and its amendment (PUT); a report is recorded under its organization. */
@Path("/api/v1/annual-reports")
@Tag(name = "Annual reports", description = "What organizations report of each year's work, province by province, "
        + "and whether they reported on time")
public class AnnualReportResource extends RecordByIdResource<AnnualReportInput, AnnualReportView> {

    private final AnnualReportService reports;

    public AnnualReportResource(AnnualReportService reports, RecordAnswers answers) {
        super(reports, answers);
        this.reports = reports;
    }

    @GET
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List annual reports",
            description = "Pages through every organization's reports, with filters that combine with AND. `timeliness` "
                    + "compares `submittedOn` with the due day in force now (configuration `ngo-registry.annual-report.due`).")
    @APIResponse(responseCode = "200", description = "A page of annual reports")
    public RestResponse<Page<AnnualReportView>> listAnnualReports(
            @Parameter(description = "The year reported on", example = "2020") @QueryParam("year") Integer year,
            @Parameter(description = "Has a line for this province (GSO code as reported)", example = "20")
            @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Of this organization") @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "ON_TIME or LATE", example = "LATE") @QueryParam("timeliness") Timeliness timeliness,
            @BeanParam Paging paging,
            @Parameter(description = "Sort field (`year`, `submittedOn`, `createdAt`, `updatedAt`) and direction",
                    example = "year,desc") @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(paging, sort, AnnualReportService.SORTABLE, "year,desc");
        return answers.list(reports.listing(new AnnualReportFilter(year, province, organizationId, timeliness),
                request.orderBy()), request, "annual-reports.csv", AnnualReportView.CSV);
    }
}
