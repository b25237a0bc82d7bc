package vn.ngoaid.common.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ngoaid.common.api.Listing;
import vn.ngoaid.common.api.Page;
import vn.ngoaid.common.api.PageRequest;
import vn.ngoaid.common.api.Responses;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.csv.CsvExport;
import vn.ngoaid.common.idempotency.Idempotency;

import java.util.function.Function;

/** The answers of a record type's endpoints, so that each resource method states only its contract. */
@RequestScoped
public class RecordAnswers {

    private final Idempotency idempotency;
    private final CsvExport csv;
    private final UriInfo uri;

    public RecordAnswers(Idempotency idempotency, CsvExport csv, UriInfo uri) {
        this.idempotency = idempotency;
        this.csv = csv;
        this.uri = uri;
    }

    /** POST: creates once per {@code Idempotency-Key} (null: always) and answers 201 with its Location and ETag. */
    public <I, V extends RecordView> RestResponse<V> created(String idempotencyKey, I input, Function<I, V> create) {
        return created(idempotencyKey, input, create, uri.getAbsolutePathBuilder());
    }

    /**
     * POST of a record under its parent ({@code /organizations/{id}/annual-reports}) that lives in its own collection
     * ({@code api/v1/annual-reports}, from the base URI): as {@link #created}, its {@code Location} in that collection.
     */
    public <I, V extends RecordView> RestResponse<V> createdIn(String collection, String idempotencyKey, I input,
                                                              Function<I, V> create) {
        return created(idempotencyKey, input, create, uri.getBaseUriBuilder().path(collection));
    }

    private <I, V extends RecordView> RestResponse<V> created(String idempotencyKey, I input, Function<I, V> create,
                                                             UriBuilder collection) {
        Response answer = idempotency.execute(idempotencyKey, "POST " + uri.getPath(), input, () -> {
            V created = create.apply(input);
            return Responses.created(collection.path(created.id().toString()).build(), created, created.version());
        });
        // a replay's body is the first answer's JSON text, not a V: it is written as it is
        RestResponse.ResponseBuilder<Object> typed = RestResponse.ResponseBuilder.create(answer.getStatus())
                .entity(answer.getEntity());
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> typed.header(name, value)));
        @SuppressWarnings("unchecked")
        RestResponse<V> created = (RestResponse<V>) (RestResponse<?>) typed.build();
        return created;
    }

    /** GET of one record, or PUT: 200 with its ETag. */
    public <V extends RecordView> RestResponse<V> ok(V view) {
        return RestResponse.ResponseBuilder.ok(view).tag(String.valueOf(view.version())).build();
    }

    /** A list: all of it as a CSV file when CSV is asked for (see {@link CsvExport}), else one page of JSON. */
    public <V> RestResponse<Page<V>> list(Listing<?, V> listing, PageRequest page, String fileName, CsvColumns<V> columns) {
        return csv.requested() ? csv.stream(fileName, columns, listing.all()) : csv.json(listing.page(page));
    }
}
