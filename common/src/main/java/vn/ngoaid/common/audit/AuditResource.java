package vn.ngoaid.common.audit;

import jakarta.annotation.security.RolesAllowed;
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
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.csv.CsvExport;
import vn.ngoaid.common.security.Roles;

import java.time.Instant;

@Path("/api/v1/audit")
@Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
@Tag(name = "Audit trail", description = "Every write of this service; read-only, for coordinators")
@RolesAllowed(Roles.COORDINATOR)
public class AuditResource {

    static final CsvColumns<AuditEntry> COLUMNS = CsvColumns.of(AuditEntry.class)
            .value("id", AuditEntry::id)
            .value("recordedAt", AuditEntry::recordedAt)
            .text("subject", AuditEntry::subject)
            .text("roles", e -> String.join("|", e.roles()))
            .value("province", AuditEntry::province)
            .text("entityType", AuditEntry::entityType)
            .text("entityId", AuditEntry::entityId)
            .text("operation", AuditEntry::operation)
            .text("change", e -> e.change().toString());

    private final AuditTrail trail;
    private final CsvExport csv;

    public AuditResource(AuditTrail trail, CsvExport csv) {
        this.trail = trail;
        this.csv = csv;
    }

    @GET
    @Operation(summary = "List the audit trail",
            description = "Every write made through this service's API, newest first unless sorted otherwise, recorded in "
                    + "the same transaction as the write. There is no way to change or delete an entry.")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    public RestResponse<Page<AuditEntry>> listAuditEntries(
            @Parameter(description = "Kind of record, e.g. organization, registration, project", example = "project")
            @QueryParam("entityType") String entityType,
            @Parameter(description = "Id of the record") @QueryParam("entityId") String entityId,
            @Parameter(description = "Subject of the token that made the write", example = "demo-loader") @QueryParam("subject") String subject,
            @Parameter(description = "Recorded at or after (ISO-8601)", example = "2026-01-01T00:00:00Z") @QueryParam("from") Instant from,
            @Parameter(description = "Recorded before (ISO-8601)") @QueryParam("to") Instant to,
            @BeanParam Paging paging,
            @Parameter(description = "Sort field (`recordedAt`, `subject`, `entityType`) and direction", example = "recordedAt,desc")
            @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(paging, sort, AuditTrail.SORTABLE, "recordedAt,desc");
        var listing = trail.listing(new AuditTrail.Filter(entityType, entityId, subject, from, to), request.orderBy());
        return csv.requested() ? csv.stream("audit.csv", COLUMNS, listing.all()) : csv.json(listing.page(request));
    }
}
