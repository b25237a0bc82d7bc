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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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

/** A registration's endpoints under its organization: recorded there, listed there, and eligibility asked there. */
// Rooted at /api/v1/organizations like OrganizationResource: Quarkus REST picks a resource class by its path first.
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations")
@Authenticated
public class OrganizationRegistrationsResource {

    private final RegistrationService registrations;
    private final EligibilityService eligibility;
    private final Idempotency idempotency;
    private final RecordAnswers answers;

    public OrganizationRegistrationsResource(RegistrationService registrations, EligibilityService eligibility,
                                             Idempotency idempotency, RecordAnswers answers) {
        this.registrations = registrations;
        this.eligibility = eligibility;
        this.idempotency = idempotency;
        this.answers = answers;
    }

    @RolesAllowed(Roles.REGISTRY_OFFICER)
    @POST
    @Path("{id}/registrations")
    @Operation(summary = "Record a registration certificate",
            description = "Records a certificate issued to the organization. Its number is unique (409). Validity follows "
                    + "the rules in force on `validFrom`: from 2022-11-01 (Decree 58/2022) OPERATION at most 3 years, "
                    + "REPRESENTATIVE_OFFICE at most 5, no new PROJECT_OFFICE; before that, every kind at most 5 years (422). "
                    + "Provinces are read against the list in force on `validFrom`. The registration starts ACTIVE.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RegistrationInput.class)))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new registration",
            headers = {@Header(name = "Location", description = "URL of the new registration"),
                    @Header(name = "ETag", description = "Version of the new registration")},
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response recordRegistration(
            @Parameter(description = "Organization id") @PathParam("id") UUID organizationId,
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER,
                    description = "Client-chosen key that makes a retry safe; kept for at least 24 hours")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull RegistrationInput body,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST " + uri.getPath(), body, () -> {
            RegistrationView created = registrations.create(organizationId, body);
            return Responses.created(uri.getBaseUriBuilder().path("api/v1/registrations").path(created.id().toString()).build(),
                    created, created.version());
        });
    }

    @GET
    @Path("{id}/registrations")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List an organization's registrations",
            description = "All its certificates, newest first by default.")
    @APIResponse(responseCode = "200", description = "A page of registrations")
    public RestResponse<Page<RegistrationView>> listOrganizationRegistrations(
            @Parameter(description = "Organization id") @PathParam("id") UUID organizationId,
            @BeanParam Paging paging,
            @Parameter(description = "Sort field (`validFrom`, `validUntil`, `issuedOn`, `certificateNumber`, `kind`, "
                    + "`createdAt`) and direction", example = "validFrom,desc") @QueryParam("sort") String sort) {
        registrations.requireOrganization(organizationId);
        PageRequest request = PageRequest.of(paging, sort, RegistrationService.SORTABLE, "validFrom,desc");
        return answers.list(registrations.listing(RegistrationFilter.ofOrganization(organizationId), request.orderBy()),
                request, "registrations.csv", RegistrationView.CSV);
    }

    @GET
    @Path("{id}/eligibility")
    @Operation(summary = "Check eligibility in a province on a date",
            description = "Whether the organization may run aid activities in the province on the date: it needs no "
                    + "registration (multilateral, bilateral, embassy funds), or a registration covering the province was "
                    + "valid and ACTIVE that day. The province is read against the list in force on the date; after "
                    + "2025-07-01 a registration under an old code covers its successor. Sectors do not matter, nor does the "
                    + "organization's own ACTIVE/INACTIVE flag, which only describes whether it works in Vietnam today.")
    @APIResponse(responseCode = "200", description = "The answer, with the registration or the reason",
            content = @Content(schema = @Schema(implementation = Eligibility.class), examples = {
                    @ExampleObject(name = "eligible", value = """
                            {"eligible": true, "organizationId": "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11",
                             "organizationName": "World Vision International", "countryCode": "US", "organizationType": "INGO",
                             "province": "20", "on": "2020-06-01", "basis": "REGISTRATION",
                             "registrationId": "5e0f8a8c-1b7e-4a9e-9a3f-2b0c7d6e5f41", "certificateNumber": "112/CNV-HĐ",
                             "validUntil": "2021-12-31"}"""),
                    @ExampleObject(name = "not eligible", value = """
                            {"eligible": false, "organizationId": "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11",
                             "organizationName": "World Vision International", "countryCode": "US", "organizationType": "INGO",
                             "province": "20", "on": "2022-06-01",
                             "reason": "Registration 112/CNV-HĐ covering Lạng Sơn expired on 2021-12-31."}""")}))
    public Eligibility checkEligibility(
            @Parameter(description = "Organization id") @PathParam("id") UUID organizationId,
            @Parameter(description = "GSO province code", required = true, example = "20") @QueryParam("province") @NotNull @Code(PROVINCE) String province,
            @Parameter(description = "The date; defaults to today", example = "2020-06-01") @QueryParam("on") LocalDate on) {
        return eligibility.check(organizationId, province, on == null ? vn.ngoaid.common.time.Timestamps.today() : on);
    }
}
