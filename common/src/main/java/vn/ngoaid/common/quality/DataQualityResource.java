package vn.ngoaid.common.quality;

import io.quarkus.security.Authenticated;
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
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.csv.CsvExport;
import vn.ngoaid.common.csv.CsvRows;
import vn.ngoaid.common.reference.Code;
import vn.ngoaid.common.security.Caller;

import java.util.List;
import java.util.stream.Stream;

import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

/** The data quality of the service's own records, the same endpoint in every service over its own checks. */
@Path("/api/v1/data-quality")
@Tag(name = "Data quality", description = "How complete and consistent the service's own records are, per province")
public class DataQualityResource {

    /** One CSV line per province (empty in the totals line) and check. */
    public record Line(String province, java.math.BigDecimal score, String check, long failing, long total, String sampleIds) {
    }

    static final CsvColumns<Line> CSV = CsvColumns.ofComponents(Line.class);

    private final DataQuality quality;
    private final Caller caller;
    private final CsvExport csv;

    public DataQualityResource(DataQuality quality, Caller caller, CsvExport csv) {
        this.quality = quality;
        this.caller = caller;
        this.csv = csv;
    }

    @GET
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "Measure the data quality of the records",
            description = """
                    Per province and over all: each check of the service's records with how many records it looked at \
                    (`total`), how many fail it (`failing`) and the first failing records' ids (`sampleIds`), and a `score` \
                    from 0 to 100: the mean, over the checks that looked at any record of the province, of the percentage \
                    of records passing (each check weighs the same; 100 when no check applies). A record in several \
                    provinces counts in each, once in the totals. Every check is listed in every row, in the same order, \
                    with its `description`. A province officer sees their province. As CSV: a line per province and \
                    check, the totals' lines with an empty province.""")
    @APIResponse(responseCode = "200", description = "Rows per province and totals")
    public RestResponse<DataQuality.Answer> getDataQuality(
            @Parameter(description = "Only this province (GSO code as recorded)", example = "20")
            @QueryParam("province") @Code(PROVINCE) String province) {
        boolean asCsv = csv.requested();
        DataQuality.Answer answer = quality.measure(caller.provinceToRead(province));
        if (!asCsv) {
            return csv.json(answer);
        }
        List<Line> lines = Stream.concat(answer.rows().stream(), Stream.of(answer.totals()))
                .flatMap(row -> row.checks().stream().map(c -> new Line(row.province(), row.score(), c.check(), c.failing(),
                        c.total(), String.join("|", c.sampleIds().stream().map(Object::toString).toList()))))
                .toList();
        return csv.stream("data-quality.csv", CSV, CsvRows.of(lines));
    }
}
