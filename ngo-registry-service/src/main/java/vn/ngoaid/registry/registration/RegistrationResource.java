package vn.ngoaid.registry.registration;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ngoaid.common.api.Page;
import vn.ngoaid.common.api.PageRequest;
import vn.ngoaid.common.api.Paging;
import vn.ngoaid.common.api.Responses;
import vn.ngoaid.common.csv.CsvExport;
import vn.ngoaid.common.idempotency.Idempotency;
import vn.ngoaid.common.record.RecordAnswers;
import vn.ngoaid.common.reference.Code;
import vn.ngoaid.common.security.Roles;

import java.time.LocalDate;
import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

@Path("/api/v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations")
@Authenticated
public class RegistrationResource {

    private final RegistrationService registrations;
    private final Idempotency idempotency;
    private final RecordAnswers answers;

    public RegistrationResource(RegistrationService registrations, Idempotency idempotency, RecordAnswers answers) {
        this.registrations = registrations;
        this.idempotency = idempotency;
        this.answers = answers;
    }

    @GET
        @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List registrations",
            description = "All registrations, with filters that combine with AND. `status` is the status today (EXPIRED "
                    + "once the last valid day has passed); `activeOn` keeps those valid and ACTIVE on that day; "
                    + "`expiringBefore` those whose last valid day is before that date.")
    @APIResponse(responseCode = "200", description = "A page of registrations")
    public RestResponse<Page<RegistrationView>> listRegistrations(
            @Parameter(description = "Covers this province (GSO code as recorded)", example = "22") @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Kind of certificate", example = "OPERATION") @QueryParam("kind") RegistrationKind kind,
            @Parameter(description = "Status today", example = "ACTIVE") @QueryParam("status") RegistrationStatus status,
            @Parameter(description = "Valid and ACTIVE on this date", example = "2020-06-01") @QueryParam("activeOn") LocalDate activeOn,
            @Parameter(description = "Last valid day before this date", example = "2027-01-01") @QueryParam("expiringBefore") LocalDate expiringBefore,
            @Parameter(description = "Of this organization") @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Part of the certificate number, case-insensitive", example = "CNV") @QueryParam("q") String q,
            @BeanParam Paging paging,
            @Parameter(description = "Sort field (`validFrom`, `validUntil`, `issuedOn`, `certificateNumber`, `kind`, "
                    + "`createdAt`) and direction", example = "validUntil,asc") @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(paging, sort, RegistrationService.SORTABLE, "validFrom,desc");
        return answers.list(registrations.listing(new RegistrationFilter(province, kind, status, activeOn, expiringBefore,
                organizationId, q), request.orderBy()), request, "registrations.csv", RegistrationView.CSV);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a registration",
            description = "One registration with its history of status changes, oldest first.")
    @APIResponse(responseCode = "200", description = "The registration",
            headers = @Header(name = "ETag", description = "Version"),
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public RestResponse<RegistrationView> getRegistration(@Parameter(description = "Registration id") @PathParam("id") UUID id) {
        return answers.ok(registrations.get(id));
    }

    @RolesAllowed(Roles.REGISTRY_OFFICER)
    @PUT
    @Path("{id}")
    @Operation(summary = "Amend a registration",
            description = "Replaces the certificate's fields, e.g. to record an extension or an amended list of provinces, "
                    + "under the same validity rules as a new one. The status history stays; a recorded status change that "
                    + "would fall outside the amended validity is 409. Needs `If-Match` (428 without, 412 when stale).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RegistrationInput.class)))
    @APIResponse(responseCode = "200", description = "The amended registration",
            headers = @Header(name = "ETag", description = "New version"),
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public RestResponse<RegistrationView> amendRegistration(
            @Parameter(description = "Registration id") @PathParam("id") UUID id,
            @Parameter(description = "ETag of the last GET", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RegistrationInput body) {
        return answers.ok(registrations.replace(id, ifMatch, body));
    }

    @RolesAllowed(Roles.REGISTRY_OFFICER)
    @POST
    @Path("{id}/status-changes")
    @Operation(summary = "Change a registration's status",
            description = "Suspends, reinstates or revokes a registration from `effectiveOn` (default today; may be back-dated, "
                    + "not before the last recorded change nor in the future). Legal: ACTIVE ↔ SUSPENDED, either → REVOKED; "
                    + "anything else, or a change after the last valid day, is 409. Answers 200 with the updated registration.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = StatusChangeInput.class)))
    @APIResponse(responseCode = "200", description = "The registration with its new status and history",
            headers = @Header(name = "ETag", description = "New version"),
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response changeRegistrationStatus(
            @Parameter(description = "Registration id") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER,
                    description = "Client-chosen key that makes a retry safe; kept for at least 24 hours")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull StatusChangeInput body,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST " + uri.getPath(), body, () -> {
            RegistrationView changed = registrations.changeStatus(id, body);
            return Responses.ok(changed, changed.version());
        });
    }
}
