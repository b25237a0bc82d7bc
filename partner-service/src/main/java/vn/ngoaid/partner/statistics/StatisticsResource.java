package vn.ngoaid.partner.statistics;

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
import vn.ngoaid.common.api.GroupBy;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.csv.CsvExport;
import vn.ngoaid.common.csv.CsvRows;
import vn.ngoaid.common.reference.Code;
import vn.ngoaid.partner.shared.Years;

import java.util.List;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Figures of provinces' foreign relations for coordinators")
@PermitAll
public class StatisticsResource {

    private final PartnerStatistics statistics;
    private final CsvExport csv;

    public StatisticsResource(PartnerStatistics statistics, CsvExport csv) {
        this.statistics = statistics;
        this.csv = csv;
    }

    @GET
    @Path("/statistics")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "Count localities, partnerships, agreements, twinnings, exchanges and participants",
            description = """
                    Figures per group of `province`, `country`, `year` and `direction`. Every figure is a sum over \
                    records, so the rows of any grouping add up to `totals`.

                    * `localities`: foreign localities partnered with the province: each (province, locality) pair with \
                    at least one partnership counts once, under the country the locality is in and in the year of the \
                    pair's earliest partnership `since` within `fromYear`..`toYear`. A locality partnered with two \
                    provinces counts once for each.
                    * `partnerships`: partnerships, in the year of `since`, under the locality's country.
                    * `agreements`: agreements, in the year of `signedOn`, under the counterpart's country (the \
                    locality's, the registry organization's, or the named party's).
                    * `twinnings`: border twinning pairs, in the year of `since`, under the locality's country.
                    * `exchanges`: delegations and exchange activities, in the year of `startDate`, under the \
                    counterpart's country; a batch row counts as its `delegations`. `participants`: the sum of the \
                    participants recorded (rows that give none add 0). An exchange batch from or to several countries \
                    has country null.
                    * `direction` applies to exchanges only: the INBOUND and OUTBOUND rows carry `exchanges` and \
                    `participants` (the other figures 0), and the other figures fall in a row whose `direction` is null.

                    Filters combine with AND: `province`, `countryCode`, and years `fromYear`..`toYear` (inclusive) on \
                    the year of each record. Without `groupBy` the answer has one row, equal to the totals.

                    As CSV: the dimension columns in `groupBy` order, then the six figures; no totals line, so that a \
                    spreadsheet's sums over the rows are not doubled.""")
    @APIResponse(responseCode = "200", description = "Rows per group and totals", content = @Content(
            schema = @Schema(implementation = PartnerStatistics.Answer.class),
            examples = @ExampleObject(name = "Lạng Sơn delegations 2008–2012", value = """
                    {"groupBy": ["direction"],
                     "rows": [{"direction": "INBOUND", "localities": 0, "partnerships": 0, "agreements": 0, "twinnings": 0, "exchanges": 400, "participants": 2800},
                              {"direction": "OUTBOUND", "localities": 0, "partnerships": 0, "agreements": 0, "twinnings": 0, "exchanges": 740, "participants": 4720},
                              {"direction": null, "localities": 1, "partnerships": 1, "agreements": 7, "twinnings": 0, "exchanges": 0, "participants": 0}],
                     "totals": {"localities": 1, "partnerships": 1, "agreements": 7, "twinnings": 0, "exchanges": 1140, "participants": 7520}}""")))
    public RestResponse<PartnerStatistics.Answer> getPartnerStatistics(
            @Parameter(description = "Comma-separated dimensions: `province`, `country`, `year`, `direction`; none gives one "
                    + "total row. An unknown dimension is a 400 naming it.", explode = Explode.FALSE, example = "[\"province\", \"year\"]")
            @QueryParam("groupBy") List<String> groupBy,
            @Parameter(description = "Only this province (GSO code as recorded)", example = "20") @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Only counterparts in this country", example = "CN") @QueryParam("countryCode") @Code(COUNTRY) String countryCode,
            @Parameter(description = "First year", example = "2008") @QueryParam("fromYear") Integer fromYear,
            @Parameter(description = "Last year", example = "2012") @QueryParam("toYear") Integer toYear) {
        Years.check("fromYear", fromYear);
        Years.check("toYear", toYear);
        Years.checkOrder("fromYear", fromYear, "toYear", toYear);
        boolean asCsv = csv.requested();
        List<String> dimensions = GroupBy.parse(groupBy, PartnerStatistics.DIMENSIONS.keySet());
        PartnerStatistics.Answer answer = statistics.count(dimensions, new PartnerStatistics.Filter(province, countryCode,
                fromYear, toYear));
        return asCsv ? csv.stream("partner-statistics.csv", CsvColumns.ofKeys(dimensions, PartnerStatistics.FIGURES),
                CsvRows.of(answer.rows())) : csv.json(answer);
    }

}
