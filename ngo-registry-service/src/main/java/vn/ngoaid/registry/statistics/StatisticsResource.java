package vn.ngoaid.registry.statistics;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.GroupBy;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.csv.CsvExport;
import vn.ngoaid.common.csv.CsvRows;
import vn.ngoaid.common.reference.Code;
import vn.ngoaid.common.reference.ReferenceData;
import vn.ngoaid.registry.registration.RegistrationKind;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@PermitAll
public class StatisticsResource {

    private static final int MIN_YEAR = 1980;
    private static final int MAX_YEAR = 2100;

    private final RegistrationStatistics statistics;
    private final AnnualReportStatistics reports;
    private final ReferenceData reference;
    private final CsvExport csv;

    public StatisticsResource(RegistrationStatistics statistics, AnnualReportStatistics reports, ReferenceData reference,
                              CsvExport csv) {
        this.statistics = statistics;
        this.reports = reports;
        this.reference = reference;
        this.csv = csv;
    }

    @GET
    @Path("/registrations")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "Count registered organizations",
            description = "Distinct organizations with a registration ACTIVE at some time in each group. With `year` in "
                    + "`groupBy`, an organization counts in every year in which it was active (so `groupBy=province,year"
                    + "&province=22` gives 31 for 2019 and 20 for 2020 on the demo data); without it, it counts once if "
                    + "active at any time in `fromYear`..`toYear`. Provinces are the codes registrations were recorded with, or "
                    + "their successors since 2025-07-01 with `provinceVintage=CURRENT`. "
                    + "`totals` counts distinct organizations over the whole filtered set, so it is not the sum of the rows. "
                    + "As CSV: the dimension columns in `groupBy` order, then `organizations`; no totals line.")
    @APIResponse(responseCode = "200", description = "Rows per group and totals", content = @Content(
            schema = @Schema(implementation = RegistrationStatistics.Answer.class),
            examples = @ExampleObject(name = "Quảng Ninh by year", value = """
                    {"groupBy": ["province", "year"],
                     "rows": [{"province": "22", "year": 2019, "organizations": 31},
                              {"province": "22", "year": 2020, "organizations": 20}],
                     "totals": {"organizations": 31}}""")))
    public RestResponse<RegistrationStatistics.Answer> getRegistrationStatistics(
            @Parameter(description = "Comma-separated dimensions: `province`, `year`, `country`; none gives one total row",
                    explode = Explode.FALSE, example = "[\"province\", \"year\"]")
            @QueryParam("groupBy") List<String> groupBy,
            @Parameter(description = "Only this province (GSO code)", example = "22") @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Only organizations from this country", example = "US") @QueryParam("countryCode") @Code(COUNTRY) String countryCode,
            @Parameter(description = "Only registrations of this kind", example = "OPERATION") @QueryParam("kind") RegistrationKind kind,
            @Parameter(description = "First year", example = "2019") @QueryParam("fromYear") Integer fromYear,
            @Parameter(description = "Last year", example = "2020") @QueryParam("toYear") Integer toYear,
            @Parameter(description = "RECORDED (default): provinces by the codes registrations were recorded with; CURRENT: "
                    + "codes of the 63 units before 2025-07-01 rolled up to the 34 units that succeeded them (02 Hà Giang counts "
                    + "under 08 Tuyên Quang)", example = "CURRENT")
            @QueryParam("provinceVintage") RegistrationStatistics.ProvinceVintage provinceVintage) {
        checkYears(fromYear, toYear);
        RegistrationStatistics.ProvinceVintage vintage = provinceVintage == null ? RegistrationStatistics.ProvinceVintage.RECORDED : provinceVintage;
        if (vintage == RegistrationStatistics.ProvinceVintage.CURRENT && province != null
                && reference.provinceOn(province, ReferenceData.PROVINCE_MERGER).isEmpty()) {
            throw ApiException.invalid("province", province + " is not a unit since " + ReferenceData.PROVINCE_MERGER
                    + "; with provinceVintage=CURRENT use the code of its successor (" + reference.provinceCodeOn(province, ReferenceData.PROVINCE_MERGER) + ")");
        }
        boolean asCsv = csv.requested();
        List<String> dimensions = GroupBy.parse(groupBy, RegistrationStatistics.DIMENSIONS.keySet());
        RegistrationStatistics.Answer answer = statistics.count(dimensions,
                new RegistrationStatistics.Filter(province, countryCode, kind, fromYear, toYear, vintage));
        return asCsv ? csv.stream("registration-statistics.csv", CsvColumns.ofKeys(dimensions, List.of("organizations")),
                CsvRows.of(answer.rows())) : csv.json(answer);
    }

    @GET
    @Path("/annual-reports")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "Count expected, timely, late and missing annual reports",
            description = "An organization is expected to report on a province and a year when one of its OPERATION "
                    + "registrations covering the province was ACTIVE at some time in that year; each such organization, "
                    + "province and year is one expected report, so the rows add up to the totals. A report is due on the "
                    + "configured day of the following year (`ngo-registry.annual-report.due`, 03-31 by default). Years "
                    + "after the current one expect nothing yet. Provinces are the codes registrations and reports were "
                    + "recorded with. As CSV: the dimension columns in `groupBy` order, then the figures; no totals line.")
    @APIResponse(responseCode = "200", description = "Rows per group and totals", content = @Content(
            schema = @Schema(implementation = AnnualReportStatistics.Answer.class),
            examples = @ExampleObject(name = "Lạng Sơn in 2020", value = """
                    {"groupBy": ["province"],
                     "rows": [{"province": "20", "expected": 12, "onTime": 7, "late": 3, "missing": 2, "pending": 0, "unexpected": 1}],
                     "totals": {"expected": 12, "onTime": 7, "late": 3, "missing": 2, "pending": 0, "unexpected": 1}}""")))
    public RestResponse<AnnualReportStatistics.Answer> getAnnualReportStatistics(
            @Parameter(description = "Comma-separated dimensions: `province`, `year`, `organization`; none gives one total row",
                    explode = Explode.FALSE, example = "[\"province\", \"year\"]")
            @QueryParam("groupBy") List<String> groupBy,
            @Parameter(description = "Only this province (GSO code)", example = "20") @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Only this organization") @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Only this year", example = "2020") @QueryParam("year") Integer year,
            @Parameter(description = "First year", example = "2019") @QueryParam("fromYear") Integer fromYear,
            @Parameter(description = "Last year", example = "2020") @QueryParam("toYear") Integer toYear) {
        checkYears(fromYear, toYear);
        checkYear("year", year);
        boolean asCsv = csv.requested();
        List<String> dimensions = GroupBy.parse(groupBy, AnnualReportStatistics.DIMENSIONS.keySet());
        AnnualReportStatistics.Answer answer = reports.count(dimensions,
                new AnnualReportStatistics.Filter(province, year, fromYear, toYear, organizationId));
        List<String> figures = new ArrayList<>(AnnualReportStatistics.FIGURES.keySet());
        if (dimensions.contains("year")) {
            figures.add("dueOn");
        }
        return asCsv ? csv.stream("annual-report-statistics.csv", CsvColumns.ofKeys(dimensions, figures),
                CsvRows.of(answer.rows())) : csv.json(answer);
    }

    private static void checkYears(Integer fromYear, Integer toYear) {
        checkYear("fromYear", fromYear);
        checkYear("toYear", toYear);
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw ApiException.invalid("toYear", "must not be before fromYear");
        }
    }

    private static void checkYear(String name, Integer year) {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            throw ApiException.invalid(name, "must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
    }
}
