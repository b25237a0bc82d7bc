package vn.ngoaid.aid.reconciliation;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ngoaid.common.csv.CsvExport;
import vn.ngoaid.common.csv.CsvRows;
import vn.ngoaid.common.reference.Code;
import vn.ngoaid.common.security.Caller;

import java.math.BigDecimal;
import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.CURRENCY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

@Path("/api/v1/reconciliation")
@Tag(name = "Reconciliation", description = "Organizations' annual reports beside the provinces' records")
public class ReconciliationResource {

    private final Reconciliation reconciliation;
    private final Caller caller;
    private final CsvExport csv;

    public ReconciliationResource(Reconciliation reconciliation, Caller caller, CsvExport csv) {
        this.reconciliation = reconciliation;
        this.caller = caller;
        this.csv = csv;
    }

    @GET
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "Reconcile annual reports with the records",
            description = """
                    One row per registered organization, province and year that either side knows of:
                    - `recorded`: what the province recorded, from the transactions exactly as `GET /api/v1/aggregates?groupBy=organization,province,year` \
                    gives it (money split by the projects' location shares, each transaction converted with the rate of its year);
                    - `reported`: the line for the province of the organization's annual report of the year in ngo-registry-service, \
                    converted with the rates of the report's year; null when there is none;
                    - `variance`: reported − recorded;
                    - `status`: MATCHED when committed and disbursed each differ by at most `tolerance` (a fraction of the larger \
                    figure) or one minor unit, DIFFERS otherwise, NOT_REPORTED without a report line, NOT_RECORDED when the \
                    province recorded nothing of money the organization reported (a line of no money beside no records is MATCHED). The number of projects is shown, not compared.

                    `totals` adds the rows up (reported and variance over the rows with a report) and counts the rows per status. \
                    The registry is asked once for all the reports the filters select, with the caller's token; when it cannot \
                    answer, the answer is 503, never rows without reports. A missing rate is a 422 naming the currency and year. \
                    A province officer sees their own province. As CSV: a line per row, nested figures flattened.""")
    @APIResponse(responseCode = "200", description = "Rows, totals and the rates used", content = @Content(
            schema = @Schema(implementation = ReconciliationAnswer.class), examples = @ExampleObject(name = "Lạng Sơn, 2020", value = """
                    {"currency": "USD", "tolerance": 0.01,
                     "rows": [{"organizationId": "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11", "donorName": "Terre des Hommes Deutschland",
                               "province": "20", "year": 2020,
                               "recorded": {"committed": 120000.00, "disbursed": 95000.00, "projects": 2},
                               "reported": {"reportId": "5e0f8a8c-1b7e-4a9e-9a3f-2b0c7d6e5f41", "committed": 120000.00, "disbursed": 99000.00, "projects": 2},
                               "variance": {"committed": 0.00, "disbursed": 4000.00}, "status": "DIFFERS"}],
                     "totals": {"recorded": {"committed": 120000.00, "disbursed": 95000.00, "projects": 2},
                                "reported": {"committed": 120000.00, "disbursed": 99000.00, "projects": 2},
                                "variance": {"committed": 0.00, "disbursed": 4000.00},
                                "statuses": {"MATCHED": 0, "DIFFERS": 1, "NOT_REPORTED": 0, "NOT_RECORDED": 0}},
                     "ratesUsed": []}""")))
    @APIResponse(responseCode = "422", ref = "UnprocessableEntity")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public RestResponse<ReconciliationAnswer> getReconciliation(
            @Parameter(description = "Only this year", example = "2020") @QueryParam("year") @Min(1945) @Max(2100) Integer year,
            @Parameter(description = "Only this province (GSO code as recorded)", example = "20") @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Only this registered organization") @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Only rows with this status", example = "DIFFERS") @QueryParam("status") ReconciliationStatus status,
            @Parameter(description = "Currency of the figures (ISO 4217), default USD", example = "VND")
            @QueryParam("currency") @Code(CURRENCY) String currency,
            @Parameter(description = "Largest relative difference still MATCHED, from 0 to 1; default 0.01 (1 %)", example = "0.05")
            @QueryParam("tolerance") @DecimalMin("0") @DecimalMax("1") BigDecimal tolerance) {
        boolean asCsv = csv.requested();
        var question = new Reconciliation.Question(year, caller.provinceToRead(province), organizationId, status,
                currency == null ? "USD" : currency, tolerance == null ? new BigDecimal("0.01") : tolerance);
        ReconciliationAnswer answer = reconciliation.answer(question);
        return asCsv ? csv.stream("reconciliation.csv", ReconciliationAnswer.CSV, CsvRows.of(answer.rows())) : csv.json(answer);
    }
}
