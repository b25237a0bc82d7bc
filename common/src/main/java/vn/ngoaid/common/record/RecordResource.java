package vn.ngoaid.common.record;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ngoaid.common.idempotency.Idempotency;
import vn.ngoaid.common.openapi.RecordOperations;


/**
 * POST, GET by id and PUT with If-Match of a record type: the same for every type, so written once. A type's
 * resource extends it with its {@code @Path} and {@code @Tag}, and adds its list, whose filters are its own. What a
 * type's input must satisfy is documented on the input's schema; the filter
 * {@link vn.ngoaid.common.openapi.RecordOperations} names and describes these operations after it. Who may write is
 * one setting per service, {@code ngoaid.record-writers}. A type's resource owns its path: no other class serves
 * paths below it but one rooted at the same path (Quarkus REST picks a resource class by its path first).
 *
 * @param <I> the input of POST and PUT (a record: a bound Bean Validation can tell is no container)
 * @param <V> the view the API answers
 */
public abstract class RecordResource<I extends Record, V extends RecordView> extends RecordByIdResource<I, V> {

    protected RecordResource(RecordService<?, I, V> records, RecordAnswers answers) {
        super(records, answers);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("${ngoaid.record-writers}")
    @Extension(name = RecordOperations.MARK, value = "create")
    public RestResponse<V> create(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @Valid @NotNull I body) {
        return answers.created(idempotencyKey, body, records::create);
    }
}
