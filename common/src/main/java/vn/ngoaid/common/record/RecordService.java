package vn.ngoaid.common.record;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.ETags;
import vn.ngoaid.common.api.Listing;
import vn.ngoaid.common.audit.AuditTrail;
import vn.ngoaid.common.security.Caller;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Create, replace (with If-Match), get and list of one record type, each write audited in its transaction. A type
 * says what is its own: {@link #check} (its rules, before anything changes), {@link #apply} (the input onto the
 * record) and {@link #view} (what the API answers). When its inputs and records are {@link InProvince}, a province
 * officer writes only records of its own province, and a PUT may not move one out of it.
 *
 * @param <E> the entity
 * @param <I> the input of POST and PUT
 * @param <V> the view the API answers
 */
public abstract class RecordService<E extends AuditedRecord, I, V extends RecordView> {

    private final Class<E> type;
    private final Supplier<E> factory;
    private final String name;

    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;

    /** @param name what a record is called in messages, e.g. {@code friendship association} (its audit entity type
     *              is the same with dashes: {@code friendship-association}) */
    protected RecordService(Class<E> type, Supplier<E> factory, String name) {
        this.type = type;
        this.factory = factory;
        this.name = name;
    }

    /** Only for the client proxy CDI makes of a subclass that takes its dependencies in its constructor. */
    protected RecordService() {
        this(null, null, null);
    }

    /** The type's own rules, checked before the record changes; {@code record.isNew()} on a create. */
    protected void check(E record, I input) {
    }

    /** Writes the input's fields onto the record. */
    protected abstract void apply(E record, I input);

    protected abstract V view(E record);

    /** The views of a page (or a chunk of an export) of records; one at a time unless a type looks up in bulk. */
    protected List<V> views(List<E> records) {
        return records.stream().map(this::view).toList();
    }

    public V create(I input) {
        return create(factory.get(), input);
    }

    /** Creates {@code record}, new and already carrying what the input does not say (its parent's id, say). */
    @Transactional
    protected V create(E record, I input) {
        requireScope(record, input);
        check(record, input);
        apply(record, input);
        record.persistAndFlush();
        return audited("CREATE", view(record));
    }

    @Transactional
    public V replace(UUID id, String ifMatch, I input) {
        E record = find(id);
        requireScope(record, input);
        ETags.requireMatch(ifMatch, record.version);
        check(record, input);
        apply(record, input);
        record.flush();
        return audited("UPDATE", view(record));
    }

    public V get(UUID id) {
        return view(find(id));
    }

    /** The record, or 404. */
    public E find(UUID id) {
        E record = Panache.getEntityManager(type).find(type, id);
        if (record == null) {
            throw ApiException.notFound(name, id);
        }
        return record;
    }

    /** Records an entry of the audit trail in the write's transaction, and answers the view. */
    protected V audited(String operation, V view) {
        audit.record(name.replace(' ', '-'), view.id(), operation, view);
        return view;
    }

    /**
     * The records matching {@code where} in this order (ended by the id, so pages never overlap): a page of them or all.
     *
     * @param alias the entity's alias in {@code where} and {@code orderBy}
     */
    protected Listing<E, V> listing(String alias, Where where, String orderBy) {
        return listing(alias, where, orderBy, this::views);
    }

    protected Listing<E, V> listing(String alias, Where where, String orderBy, Function<List<E>, List<V>> views) {
        String query = "from " + type.getSimpleName() + " " + alias + where.clause();
        return Listing.of(type, query + " order by " + orderBy + ", " + alias + ".id",
                "select count(" + alias + ") " + query, where.map(), views);
    }

    // the stored province (on a PUT) and the new one: a province officer may not move a record out of its province
    private void requireScope(E record, I input) {
        if (input instanceof InProvince given) {
            List<String> provinces = record.isNew() ? List.of(given.province())
                    : List.of(((InProvince) record).province(), given.province());
            caller.requireWriteIn(provinces, "the " + name + (record.isNew() ? "" : " " + record.id));
        }
    }
}
