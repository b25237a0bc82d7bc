package vn.ngoaid.aid.project;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.MediaType;
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
import vn.ngoaid.aid.csv.ProjectCsv;
import vn.ngoaid.common.api.Page;
import vn.ngoaid.common.api.PageRequest;
import vn.ngoaid.common.api.Paging;
import vn.ngoaid.common.csv.CsvExport;
import vn.ngoaid.common.idempotency.Idempotency;
import vn.ngoaid.common.record.RecordAnswers;
import vn.ngoaid.common.reference.Code;
import vn.ngoaid.common.security.Roles;

import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;
import static vn.ngoaid.common.reference.Code.CodeList.SECTOR;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Aid projects, programmes, non-project aid and emergency relief, with running totals")
@Authenticated
public class ProjectResource {

    static final String EXAMPLE = """
            {
              "code": "LC-2019-014",
              "title": "School buildings in Bản Lang commune",
              "localTitle": "Xây dựng trường học xã Bản Lang",
              "donor": {"name": "Đại sứ quán Trung Quốc tại Việt Nam", "type": "EMBASSY", "countryCode": "CN"},
              "modality": "PROJECT",
              "sectors": [{"code": "11120", "percentage": 100}],
              "locations": [{"province": "12", "district": "Phong Thổ", "percentage": 100}],
              "approvalLevel": "PROVINCIAL",
              "approvalDecision": {"number": "512/QĐ-UBND", "date": "2019-04-22", "authority": "Ủy ban nhân dân tỉnh Lai Châu"},
              "startDate": "2019-05-01",
              "endDate": "2020-08-31",
              "status": "APPROVED",
              "currency": "VND",
              "plannedDisbursements": [{"year": 2019, "amount": 1500000000}, {"year": 2020, "amount": 2000000000}],
              "implementers": [
                {"name": "Phong Tho District People's Committee", "localName": "Ủy ban nhân dân huyện Phong Thổ",
                 "type": "DISTRICT", "role": "PROJECT_OWNER"},
                {"name": "Lai Chau Department of Education and Training", "localName": "Sở Giáo dục và Đào tạo Lai Châu",
                 "type": "PROVINCIAL_DEPARTMENT", "role": "MANAGING_AGENCY"}]
            }""";

    static final String REGISTERED_DONOR_EXAMPLE = """
            {
              "code": "QN-2020-007",
              "title": "Community-based HIV care in Hạ Long",
              "donor": {"organizationId": "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11"},
              "modality": "PROJECT",
              "sectors": [{"code": "13040", "percentage": 70}, {"code": "12220", "percentage": 30}],
              "locations": [{"province": "22", "district": "Hạ Long"}],
              "approvalLevel": "PROVINCIAL",
              "approvalDecision": {"number": "1234/QĐ-UBND", "date": "2020-03-15", "authority": "Ủy ban nhân dân tỉnh Quảng Ninh"},
              "startDate": "2020-04-01",
              "endDate": "2022-12-31",
              "status": "ONGOING",
              "currency": "USD"
            }""";

    private final ProjectService projects;
    private final RecordAnswers answers;

    public ProjectResource(ProjectService projects, RecordAnswers answers) {
        this.projects = projects;
        this.answers = answers;
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
    @POST
    @Path("/projects")
    @Operation(summary = "Record an aid project",
            description = "Adds a project; its code is unique (409). A registered organization as donor must be eligible, "
                    + "by ngo-registry-service, in each province of the project on the approval date (else the start date, "
                    + "else today): 422 naming the province otherwise. When the registry cannot answer in time the answer "
                    + "is 503 and nothing is stored; retry later, ideally with the same `Idempotency-Key`. A coordinator "
                    + "may record any project; a province officer only one located entirely in the province of its token "
                    + "(403 otherwise, and nothing is stored).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProjectInput.class), examples = {
            @ExampleObject(name = "Embassy fund, Lai Châu", value = EXAMPLE),
            @ExampleObject(name = "Registered INGO, Quảng Ninh", value = REGISTERED_DONOR_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new project",
            headers = {@Header(name = "Location", description = "URL of the new project"),
                    @Header(name = "ETag", description = "Version of the new project")},
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public RestResponse<ProjectView> createProject(
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER,
                    description = "Client-chosen key that makes a retry safe; kept for at least 24 hours")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ProjectInput body) {
        return answers.created(idempotencyKey, body, projects::create);
    }

    @GET
    @Path("/projects")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List aid projects",
            description = "Pages through projects with their running totals; filters combine with AND. `q` searches code, "
                    + "titles and donor name, `implementer` the implementers' names, both ignoring case and accents "
                    + "(`q=ban lang`, `implementer=phong tho`).")
    @APIResponse(responseCode = "200", description = "A page of projects")
    public RestResponse<Page<ProjectView>> listProjects(
            @Parameter(description = "Located in this province (GSO code as recorded)", example = "22") @QueryParam("province") @Code(PROVINCE) String province,
            @Parameter(description = "Donor, a registered organization") @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Has this DAC sector", example = "13040") @QueryParam("sector") @Code(SECTOR) String sector,
            @Parameter(description = "Modality", example = "PROJECT") @QueryParam("modality") Modality modality,
            @Parameter(description = "Status", example = "ONGOING") @QueryParam("status") ProjectStatus status,
            @Parameter(description = "Approval level", example = "PROVINCIAL") @QueryParam("approvalLevel") ApprovalLevel approvalLevel,
            @Parameter(description = "Running at some time in this year (start, else approval date, to end date)", example = "2020")
            @QueryParam("activeInYear") @Min(1945) @Max(2100) Integer activeInYear,
            @Parameter(description = "Donor's country, ISO 3166-1 alpha-2", example = "US") @QueryParam("donorCountry") @Code(COUNTRY) String donorCountry,
            @Parameter(description = "Free-text search, case- and accent-insensitive", example = "ban lang") @QueryParam("q") String q,
            @Parameter(description = "An implementer's name (English or Vietnamese) contains this, case- and accent-insensitive",
                    example = "phong tho") @QueryParam("implementer") String implementer,
            @Parameter(description = "The project owner's type", example = "DISTRICT") @QueryParam("ownerType") ImplementerType ownerType,
            @BeanParam Paging paging,
            @Parameter(description = "Sort field (`code`, `title`, `startDate`, `approvalDate`, `status`, `createdAt`, "
                    + "`updatedAt`) and direction", example = "code,asc") @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(paging, sort, ProjectService.SORTABLE, "code,asc");
        var listing = projects.listing(new ProjectFilter(province, organizationId, sector, modality, status,
                approvalLevel, activeInYear, donorCountry, q, implementer, ownerType), request.orderBy());
        return answers.list(listing, request, "projects.csv", ProjectCsv.COLUMNS);
    }

    @GET
    @Path("/projects/{id}")
    @Operation(summary = "Get a project",
            description = "One project with its running totals; the `ETag` header is needed to update it.")
    @APIResponse(responseCode = "200", description = "The project",
            headers = @Header(name = "ETag", description = "Version, for If-Match"),
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public RestResponse<ProjectView> getProject(@Parameter(description = "Project id") @PathParam("id") UUID id) {
        return answers.ok(projects.get(id));
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
    @PUT
    @Path("/projects/{id}")
    @Operation(summary = "Replace a project",
            description = "Replaces every field; needs `If-Match` (428 without, 412 when stale). A status change must be a "
                    + "legal move (409 otherwise). When the donor, the provinces or the approval date change, the donor's "
                    + "eligibility is checked again (422, or 503 when the registry cannot answer); otherwise the donor's "
                    + "name and country are refreshed from the registry when it answers. The currency cannot change once "
                    + "money is recorded (422). A coordinator may replace any project; a province officer only one "
                    + "located entirely in its province, before and after the change (403: a PUT cannot move a project "
                    + "out of the officer's province).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProjectInput.class),
            examples = @ExampleObject(name = "Embassy fund, Lai Châu", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The updated project",
            headers = @Header(name = "ETag", description = "New version"),
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public RestResponse<ProjectView> replaceProject(
            @Parameter(description = "Project id") @PathParam("id") UUID id,
            @Parameter(description = "ETag of the last GET", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProjectInput body) {
        return answers.ok(projects.replace(id, ifMatch, body));
    }
}
