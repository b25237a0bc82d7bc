package vn.ngoaid.aid.csv;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.ngoaid.common.api.Problem;
import vn.ngoaid.common.idempotency.Idempotency;
import vn.ngoaid.common.security.Roles;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;

@Path("/api/v1/imports")
@Consumes({"text/csv"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "Imports", description = "CSV files of projects and transactions, checked by the rules of the JSON API")
@RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
@APIResponse(responseCode = "200", description = "The report: of a dry run, or of a commit that stored every row",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
@APIResponse(responseCode = "413", description = "The file is larger than 64 MiB (`MAX_IMPORT_BYTES`)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "422", description = "A commit with refused rows: nothing stored; the report as problem+json",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportReport.class)))
@APIResponse(responseCode = "503", ref = "ServiceUnavailable")
public class ImportResource {

    static final String TEXT_CSV = "text/csv";

    private static final String FORMAT = " The file is UTF-8 (with or without byte-order mark; anything else is 400), "
            + "comma- or semicolon-separated as its header line shows, quoted as RFC 4180 has it (a field with the "
            + "delimiter, a quote or a line break in double quotes). Columns may come in any order; unknown columns are "
            + "400, and the read-only columns a CSV export adds are ignored. Empty cells are absent values. "
            + "`mode=DRY_RUN` (the default) checks every row with the JSON API's rules, in one transaction that is rolled "
            + "back, and answers 200 with the report; `mode=COMMIT` does the same and stores the whole file if every row "
            + "passes (200), else nothing (422 with the report). A registry that cannot answer is 503, nothing stored. "
            + "A province officer imports only rows of its own province; other rows are problems of the report. "
            + "Bodies up to 64 MiB (`MAX_IMPORT_BYTES`); a commit may carry an `Idempotency-Key`.";

    private final DataImport imports;
    private final Idempotency idempotency;

    public ImportResource(DataImport imports, Idempotency idempotency) {
        this.imports = imports;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/projects")
    @Operation(summary = "Import projects from CSV",
            description = "One project a row, as `POST /api/v1/projects` takes it. Header: `code,title,localTitle,"
                    + "donorOrganizationId,donorName,donorType,donorCountryCode,modality,sectors,locations,approvalLevel,"
                    + "approvalDecisionNumber,approvalDecisionDate,approvalDecisionAuthority,startDate,endDate,status,"
                    + "currency,partnerLocalityId,plannedDisbursements,implementers` (ignored if present: `id,committed,"
                    + "disbursed,totalsCurrency,disbursementRate,createdAt,createdBy,updatedAt,updatedBy`; the last two "
                    + "importable ones are optional, so older files import as they did). List cells are items separated "
                    + "by `|`, parts by `:`, a backslash before a `|`, `:` or `\\` that is text: `sectors` "
                    + "`12220:60|11220:40` (DAC code, optional percentage; none = equal split); `locations` "
                    + "`12/Phong Thổ:100|20` (province, optional district and percentage); `plannedDisbursements` "
                    + "`2019:1500000000|2020:2000000000` (year, amount in `currency`); `implementers` "
                    + "`PROJECT_OWNER:DISTRICT:Phong Tho DPC:UBND huyện Phong Thổ|IMPLEMENTING:NGO:CCIHP\\: Hà Nội` (role, "
                    + "type, name, optional Vietnamese name). Donor: `donorOrganizationId` of a registered organization (the "
                    + "donor name, type and country cells are then ignored); or, without id and with `donorType` empty or "
                    + "a registry type (INGO …), the registered organization of exactly `donorName` from "
                    + "`donorCountryCode`, found in the registry (so a file is portable between databases); or a donor "
                    + "outside the registry with `donorType` OVERSEAS_VIETNAMESE, EMBASSY, DOMESTIC or OTHER. The registry "
                    + "is asked once per distinct organization, province and approval date." + FORMAT)
    @RequestBody(required = true, content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "Two projects", value = """
                    code,title,localTitle,donorOrganizationId,donorName,donorType,donorCountryCode,modality,sectors,locations,approvalLevel,approvalDecisionNumber,approvalDecisionDate,approvalDecisionAuthority,startDate,endDate,status,currency,partnerLocalityId,plannedDisbursements,implementers
                    LC-2019-014,School buildings in Bản Lang commune,Xây dựng trường học xã Bản Lang,,Đại sứ quán Trung Quốc tại Việt Nam,EMBASSY,CN,PROJECT,11120:100,12/Phong Thổ:100,PROVINCIAL,512/QĐ-UBND,2019-04-22,Ủy ban nhân dân tỉnh Lai Châu,2019-05-01,2020-08-31,APPROVED,VND,,2019:1500000000|2020:1400000000,"PROJECT_OWNER:DISTRICT:Phong Tho District People's Committee:Ủy ban nhân dân huyện Phong Thổ|IMPLEMENTING:COMMUNE:Ban Lang Commune People's Committee, Phong Tho:UBND xã Bản Lang"
                    LS-2008-031,"Scholarships in Tràng Định, Lạng Sơn",,,Terre des Hommes Deutschland,,DE,PROJECT,11220,20/Tràng Định,PROVINCIAL,88/QĐ-UBND,2008-03-01,,2008-04-01,2010-12-31,COMPLETED,EUR,,,
                    """)))
    public Response importProjects(
            @BeanParam ImportParameters parameters, byte[] body, @Context UriInfo uri) {
        return run(parameters, body, uri, m -> imports.projects(body, m));
    }

    @POST
    @Path("/transactions")
    @Operation(summary = "Import commitments and disbursements from CSV",
            description = "One transaction a row, as `POST /api/v1/projects/{id}/transactions` takes it, in file order "
                    + "(a disbursement needs the commitment before it). Header: `projectCode,type,date,amount,currency,"
                    + "description,correctsTransactionId` (ignored if present: `id,projectId,createdAt,createdBy`). "
                    + "`projectCode` names an existing project; `amount` has a point as decimal separator; "
                    + "`correctsTransactionId` is the id of an existing transaction." + FORMAT)
    @RequestBody(required = true, content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "A commitment and a disbursement", value = """
                    projectCode;type;date;amount;currency;description;correctsTransactionId
                    LC-2019-014;COMMITMENT;2019-05-10;2900000000;VND;Cam kết viện trợ;
                    LC-2019-014;DISBURSEMENT;2019-09-02;1450000000;VND;"Giải ngân đợt 1; xây móng";
                    """)))
    public Response importTransactions(
            @BeanParam ImportParameters parameters, byte[] body, @Context UriInfo uri) {
        return run(parameters, body, uri, m -> imports.transactions(body, m));
    }

    private Response run(ImportParameters parameters, byte[] body, UriInfo uri, Function<ImportMode, ImportReport> action) {
        ImportMode chosen = parameters.mode == null ? ImportMode.DRY_RUN : parameters.mode;
        Supplier<Response> run = () -> Response.ok(action.apply(chosen)).type(MediaType.APPLICATION_JSON_TYPE).build();
        if (chosen == ImportMode.DRY_RUN) {
            return imports.inOneTransaction(run);
        }
        // the key's request hash covers the file: its digest stands for it
        return imports.inOneTransaction(
                () -> idempotency.execute(parameters.idempotencyKey, "POST " + uri.getPath(), "sha256:" + digest(body), run));
    }

    @ServerExceptionMapper
    public Response refused(ImportRefused e, UriInfo uri) {
        return Response.status(422).type(Problem.MEDIA_TYPE)
                .entity(e.report().refused("/" + uri.getPath().replaceFirst("^/", ""))).build();
    }

    /** What both imports take besides the file. */
    public static class ImportParameters {

        @Parameter(description = "`DRY_RUN` (default): check only; `COMMIT`: store the file if every row passes",
                example = "DRY_RUN")
        @QueryParam("mode")
        ImportMode mode;

        @Parameter(description = "For a commit: a retry with the same key and file replays the first answer")
        @HeaderParam(Idempotency.HEADER)
        String idempotencyKey;
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
