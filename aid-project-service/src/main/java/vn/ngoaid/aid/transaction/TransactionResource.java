package vn.ngoaid.aid.transaction;

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
import vn.ngoaid.aid.csv.TransactionCsv;
import vn.ngoaid.aid.project.Project;
import vn.ngoaid.common.api.Page;
import vn.ngoaid.common.api.PageRequest;
import vn.ngoaid.common.api.Paging;
import vn.ngoaid.common.csv.CsvExport;
import vn.ngoaid.common.idempotency.Idempotency;
import vn.ngoaid.common.security.Roles;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Transactions", description = "Commitments and disbursements of a project; append-only")
@Authenticated
public class TransactionResource {

    private final TransactionService transactions;
    private final Idempotency idempotency;
    private final CsvExport csv;

    public TransactionResource(TransactionService transactions, Idempotency idempotency, CsvExport csv) {
        this.transactions = transactions;
        this.idempotency = idempotency;
        this.csv = csv;
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.PROVINCE_OFFICER})
    @POST
    @Path("/projects/{id}/transactions")
    @Operation(summary = "Record a commitment or disbursement",
            description = "Appends a transaction; there is no PUT or DELETE. A wrong one is corrected by a negative "
                    + "transaction of the same type and currency that names it in `correctsTransactionId`; corrections "
                    + "cannot take more than what is left of it (422). Cumulative disbursement may never exceed cumulative "
                    + "commitment, both in the project's currency at the rates of each transaction's year (422); a "
                    + "transaction in another currency needs the rates of its year (422 naming the missing ones). New money "
                    + "is refused on PROPOSED and CANCELLED projects (422); corrections are always accepted. A coordinator "
                    + "may record money on any project; a province officer only on a project located entirely in its "
                    + "province (403 otherwise).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TransactionInput.class), examples = {
            @ExampleObject(name = "Commitment", value = """
                    {"type": "COMMITMENT", "date": "2020-04-15", "amount": 160000, "currency": "USD",
                     "description": "Grant agreement signed"}"""),
            @ExampleObject(name = "Correction", value = """
                    {"type": "DISBURSEMENT", "date": "2020-07-02", "amount": -500, "currency": "USD",
                     "description": "Duplicate entry", "correctsTransactionId": "5f0c3a4e-7b1d-4c9a-8f2e-1d3b5a7c9e01"}""")}))
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names it",
            headers = @Header(name = "Location", description = "URL of the new transaction"),
            content = @Content(schema = @Schema(implementation = TransactionView.class)))
    public Response recordTransaction(
            @Parameter(description = "Project id") @PathParam("id") UUID projectId,
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER,
                    description = "Client-chosen key that makes a retry safe; a money write should always carry one")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull TransactionInput body,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST " + uri.getPath(), body, () -> {
            TransactionView recorded = transactions.record(projectId, body);
            return Response.created(uri.getAbsolutePathBuilder().path(recorded.id().toString()).build()).entity(recorded).build();
        });
    }

    @GET
    @Path("/projects/{id}/transactions")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.TEXT_CSV})
    @Operation(summary = "List a project's transactions",
            description = "Oldest first unless sorted otherwise; corrections included.")
    @APIResponse(responseCode = "200", description = "A page of transactions")
    public RestResponse<Page<TransactionView>> listTransactions(
            @Parameter(description = "Project id") @PathParam("id") UUID projectId,
            @Parameter(description = "COMMITMENT or DISBURSEMENT") @QueryParam("type") TransactionType type,
            @Parameter(description = "Dated on or after", example = "2020-01-01") @QueryParam("fromDate") LocalDate fromDate,
            @Parameter(description = "Dated on or before", example = "2020-12-31") @QueryParam("toDate") LocalDate toDate,
            @BeanParam Paging paging,
            @Parameter(description = "Sort field (`date`, `createdAt`, `amount`, `type`) and direction", example = "date,asc")
            @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(paging, sort, TransactionService.SORTABLE, "date,asc");
        Project project = transactions.project(projectId);
        var listing = transactions.listing(project, type, fromDate, toDate, request.orderBy());
        return csv.requested()
                ? csv.stream("transactions-" + project.code.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv",
                        TransactionCsv.columns(project.code), listing.all())
                : csv.json(listing.page(request));
    }

    @GET
    @Path("/projects/{id}/transactions/{transactionId}")
    @Operation(summary = "Get one transaction of a project")
    @APIResponse(responseCode = "200", description = "The transaction", content = @Content(schema = @Schema(implementation = TransactionView.class)))
    public TransactionView getTransaction(@Parameter(description = "Project id") @PathParam("id") UUID projectId,
                               @Parameter(description = "Transaction id") @PathParam("transactionId") UUID transactionId) {
        return transactions.get(projectId, transactionId);
    }
}
