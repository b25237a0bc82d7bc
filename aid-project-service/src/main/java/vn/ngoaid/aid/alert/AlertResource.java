package vn.ngoaid.aid.alert;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.ngoaid.common.csv.CsvRows;
import vn.ngoaid.common.reference.Code;
import vn.ngoaid.common.security.Caller;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

@Path("/api/v1/alerts")
@Tag(name = "Alerts", description = "Early warnings on approved and ongoing projects")
public class AlertResource {

    private final Alerts alerts;
    private final Caller caller;
    private final CsvExport csv;

    public AlertResource(Alerts alerts, Caller caller, CsvExport csv) {
        this.alerts = alerts;
        this.caller = caller;
        this.csv = csv;
    }

    @GET
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List early warnings",
            description = """
                    The approved and ongoing projects at risk, one alert per project, province and reason, the earliest `on` first:
                    - REGISTRATION_EXPIRING: the registered donor's registration covering the province ends within `withinDays` \
                    (a renewal recorded to follow without a gap counts);
                    - REGISTRATION_LAPSED: no registration covering the province is valid today;
                    - REGISTRATION_SUSPENDED, REGISTRATION_REVOKED: the one valid today is suspended, or was revoked (back-dated \
                    changes count from their effective day);
                    - ANNUAL_REPORT_MISSING: the donor's annual report of one of the last two years is overdue for the province \
                    while the project ran that year (the registry's statistics decide what is expected and when it is due);
                    - DISBURSEMENT_STALLED: an ongoing project with nothing disbursed for 12 months (since its start when it has \
                    never disbursed);
                    - PAST_END_DATE: still ongoing after its end date.

                    Registration alerts concern donors that need a registration (INGOs, foundations); a registration under a \
                    province code of before 1 July 2025 covers the unit that succeeded it. The registry is asked once per \
                    question, with the caller's token; when it cannot answer, the answer is 503, never a list without its \
                    alerts. A province officer sees their own province. As CSV: every alert, a line each.""")
    @APIResponse(responseCode = "200", description = "A page of alerts")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public RestResponse<Page<Alert>> listAlerts(
            @Parameter(description = "Only this province (GSO code as the project records it)", example = "20")
            @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Only this kind", example = "REGISTRATION_EXPIRING") @QueryParam("kind") AlertKind kind,
            @Parameter(description = "Only projects of this registered donor") @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "How many days ahead an ending registration is an alert (default 90)", example = "90")
            @QueryParam("withinDays") @Min(0) @Max(3650) Integer withinDays,
            @BeanParam Paging paging) {
        PageRequest request = PageRequest.of(paging, null, Map.of("on", "on"), "on,asc");
        boolean asCsv = csv.requested();
        List<Alert> found = alerts.find(new Alerts.Question(caller.provinceToRead(province), kind, organizationId,
                withinDays == null ? 90 : withinDays));
        if (asCsv) {
            return csv.stream("alerts.csv", Alert.CSV, CsvRows.of(found));
        }
        List<Alert> page = found.subList(Math.min(request.offset(), found.size()),
                Math.min(request.offset() + request.size(), found.size()));
        return csv.json(Page.of(page, request, found.size()));
    }
}
