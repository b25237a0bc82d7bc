package vn.ngoaid.aid.aggregate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ngoaid.aid.Generation;
import vn.ngoaid.aid.project.ApprovalLevel;
import vn.ngoaid.aid.project.DonorType;
import vn.ngoaid.aid.project.ImplementerType;
import vn.ngoaid.aid.project.Modality;
import vn.ngoaid.aid.project.ProjectStatus;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.ETags;
import vn.ngoaid.common.api.GroupBy;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.csv.CsvExport;
import vn.ngoaid.common.csv.CsvRows;
import vn.ngoaid.common.reference.Code;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.CURRENCY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;
import static vn.ngoaid.common.reference.Code.CodeList.SECTOR;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aggregates", description = "Committed, disbursed and planned aid for national coordinators; public, no token needed")
@PermitAll
public class AggregateResource {

    /** The registry's organization types, then the types of donors outside it. */
    private static final List<String> DONOR_TYPES = Stream.concat(
            Stream.of("INGO", "FOUNDATION", "MULTILATERAL", "BILATERAL_AGENCY", "EMBASSY_FUND"),
            Arrays.stream(DonorType.values()).map(Enum::name)).distinct().toList();

    private final AggregateQuery query;
    private final AnswerCache answers;
    private final ObjectMapper json;
    private final CsvExport csv;
    private final HttpHeaders headers;

    public AggregateResource(AggregateQuery query, AnswerCache answers, ObjectMapper json, CsvExport csv, HttpHeaders headers) {
        this.query = query;
        this.answers = answers;
        this.json = json;
        this.csv = csv;
        this.headers = headers;
    }

    /** One question, as the answer depends on it. */
    private record Question(List<Dimension> groupBy, String currency, AggregateFilter filter) {
    }

    @GET
    @Path("/aggregates")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "Aggregate committed, disbursed and planned aid",
            description = """
                    Sums the transactions and planned disbursements of the filtered projects per group. How figures are made:
                    - a transaction falls in the **year of its date**, a planned disbursement in its year; each is converted into `currency` with **that year's \
                    rates**, through the US dollar (`amount / unitsPerUsd(from) * unitsPerUsd(to)`); `ratesUsed` lists them, \
                    and a missing rate is a 422 naming each currency and year;
                    - its amount is **split over the project's locations and sectors** by their percentages (equal shares \
                    where none are given), so a project in two provinces adds to each only its share, and the filters \
                    `province` and `sector` keep only those shares;
                    - `projects` and `organizations` count distinct projects and donors with a transaction or a planned \
                    disbursement in the group (a project in two groups counts in both, so counts need not add up; amounts do);
                    - `planned` sums the projects' planned disbursements, split like the rest; `plannedDisbursementRate` is \
                    disbursed / planned to 4 decimals (null where nothing is planned; disbursements of projects without a \
                    plan count too), and `undisbursed` is committed − disbursed (negative where a group disbursed more \
                    than it committed, as a year paying out earlier commitments);
                    - `ownerType` groups by the type of the project owner among the implementers (null: no owner recorded);
                    - **rounding**: sums are exact inside the database; every row and the totals are rounded half-even to \
                    the currency's minor unit (USD 0.01, VND 1) only at the edge, so for every groupBy the rows add up to \
                    the totals within one minor unit per row. `disbursementRate` is disbursed / committed to 4 decimals, \
                    null when nothing is committed;
                    - `provinceVintage=CURRENT` rolls province codes from before 1 July 2025 up to the unit that \
                    succeeded them, for the rows and the `province` filter; `RECORDED` (default) keeps them as recorded.

                    As CSV: one line per row, the dimension columns in `groupBy` order (with `donorName` after \
                    `organization`), then `projects, organizations, committed, disbursed, disbursementRate, planned, \
                    plannedDisbursementRate, undisbursed, currency`; \
                    no totals line, so that a spreadsheet's sums over the rows are not doubled.

                    A JSON answer carries an `ETag` that changes with any write the aggregates read (transactions, \
                    project changes, exchange rates): a dashboard that sends it back as `If-None-Match` gets a 304 \
                    without a body while nothing has changed. Answers to repeated questions are kept between writes.""")
    @APIResponse(responseCode = "200", description = "Rows, totals and the rates used",
            content = @Content(schema = @Schema(implementation = AggregateAnswer.class), examples = @ExampleObject(name = "By approval level",
                    value = """
                            {"currency": "USD", "groupBy": ["approvalLevel"],
                             "rows": [{"approvalLevel": "CENTRAL", "projects": 2, "organizations": 2, "committed": 412000.00, "disbursed": 300000.00, "disbursementRate": 0.7282,
                                       "planned": 350000.00, "plannedDisbursementRate": 0.8571, "undisbursed": 112000.00},
                                      {"approvalLevel": "PROVINCIAL", "projects": 8, "organizations": 8, "committed": 1228000.00, "disbursed": 905000.00, "disbursementRate": 0.7370,
                                       "planned": 0.00, "plannedDisbursementRate": null, "undisbursed": 323000.00}],
                             "totals": {"projects": 10, "organizations": 10, "committed": 1640000.00, "disbursed": 1205000.00, "disbursementRate": 0.7348,
                                        "planned": 350000.00, "plannedDisbursementRate": 3.4429, "undisbursed": 435000.00},
                             "ratesUsed": []}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the answer whose `ETag` was sent as `If-None-Match`")
    @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
    public Response getAggregates(
            @Parameter(description = "Dimensions, comma-separated, any of: " + Dimension.NAMES, explode = Explode.FALSE,
                    example = "[\"province\", \"year\"]")
            @QueryParam("groupBy") List<String> groupBy,
            @Parameter(description = "Currency of the figures (ISO 4217), default USD", example = "VND")
            @QueryParam("currency") @Code(CURRENCY) String currency,
            @Parameter(description = "First year, inclusive", example = "2006") @QueryParam("fromYear") @Min(1945) @Max(2100) Integer fromYear,
            @Parameter(description = "Last year, inclusive", example = "2010") @QueryParam("toYear") @Min(1945) @Max(2100) Integer toYear,
            @Parameter(description = "Only the shares located in this province", example = "20") @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Only the shares of this DAC sector", example = "11220") @QueryParam("sector") @Code(SECTOR) String sector,
            @Parameter(description = "Only this modality") @QueryParam("modality") Modality modality,
            @Parameter(description = "Only donors of this country", example = "US") @QueryParam("donorCountry") @Code(COUNTRY) String donorCountry,
            @Parameter(description = "Only this registered donor") @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Only this donor type (INGO, MULTILATERAL … or OVERSEAS_VIETNAMESE, EMBASSY, DOMESTIC, OTHER)",
                    example = "INGO") @QueryParam("donorType") String donorType,
            @Parameter(description = "Only this approval level") @QueryParam("approvalLevel") ApprovalLevel approvalLevel,
            @Parameter(description = "Only projects in this status") @QueryParam("status") ProjectStatus status,
            @Parameter(description = "Only projects whose owner is of this type") @QueryParam("ownerType") ImplementerType ownerType,
            @Parameter(description = "RECORDED (default) or CURRENT: province codes as recorded, or rolled up to the units "
                    + "in force since 1 July 2025") @QueryParam("provinceVintage") AggregateFilter.ProvinceVintage provinceVintage) {
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw ApiException.invalid("fromYear", "must not be after toYear");
        }
        if (donorType != null && !DONOR_TYPES.contains(donorType)) {
            throw ApiException.invalid("donorType", "must be one of " + String.join(", ", DONOR_TYPES));
        }
        AggregateFilter filter = new AggregateFilter(fromYear, toYear, province, sector, modality, donorCountry,
                organizationId, donorType, approvalLevel, status, ownerType,
                provinceVintage == null ? AggregateFilter.ProvinceVintage.RECORDED : provinceVintage);
        boolean asCsv = csv.requested();
        List<Dimension> dimensions = dimensions(groupBy);
        String target = currency == null ? "USD" : currency;
        if (asCsv) {
            AggregateAnswer answer = query.run(dimensions, target, filter);
            return csv.stream("aggregates.csv", columns(dimensions, answer.currency()), CsvRows.of(answer.rows())).toResponse();
        }
        // read before the answer is made, so the answer is at least as new as its tag
        Generation generation = answers.generation();
        String tag = generation.tag();
        if (ETags.noneMatchHits(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            return Response.notModified().header(HttpHeaders.ETAG, tag).build();
        }
        byte[] body = answers.answer(new Question(dimensions, target, filter), generation, () -> {
            try {
                return json.writeValueAsBytes(query.run(dimensions, target, filter));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        // the JSON as sent: a Response, so that it is written as bytes and not as a JSON value
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, tag).build();
    }

    private static CsvColumns<Map<String, Object>> columns(List<Dimension> dimensions, String currency) {
        CsvColumns<Map<String, Object>> columns = CsvColumns.forMaps();
        for (Dimension dimension : dimensions) {
            columns.value(dimension.apiName(), row -> row.get(dimension.apiName()));
            dimension.label().ifPresent(label -> columns.text(label.field(), row -> row.get(label.field())));
        }
        for (String figure : Figures.NAMES) {
            columns.value(figure, row -> row.get(figure));
        }
        return columns.value("currency", row -> currency);
    }

    private static List<Dimension> dimensions(List<String> groupBy) {
        return GroupBy.parse(groupBy, Dimension.API_NAMES).stream().map(name -> Dimension.named(name).orElseThrow()).toList();
    }
}
