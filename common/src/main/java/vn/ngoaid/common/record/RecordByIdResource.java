package vn.ngoaid.common.record;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ngoaid.common.openapi.RecordOperations;

import java.util.UUID;

/**
 * GET by id and PUT with If-Match of a record type, for a type whose records are created elsewhere (under their
 * parent: an organization's annual reports); {@link RecordResource} adds the POST of the others.
 *
 * @param <I> the input of PUT (a record: a bound Bean Validation can tell is no container)
 * @param <V> the view the API answers
 */
public abstract class RecordByIdResource<I extends Record, V extends RecordView> {

    protected final RecordService<?, I, V> records;
    protected final RecordAnswers answers;

    protected RecordByIdResource(RecordService<?, I, V> records, RecordAnswers answers) {
        this.records = records;
        this.answers = answers;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @Extension(name = RecordOperations.MARK, value = "get")
    public RestResponse<V> get(@PathParam("id") UUID id) {
        return answers.ok(records.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("${ngoaid.record-writers}")
    @Extension(name = RecordOperations.MARK, value = "replace")
    public RestResponse<V> replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                   @Valid @NotNull I body) {
        return answers.ok(records.replace(id, ifMatch, body));
    }
}
