package vn.ngoaid.common.api;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;
import vn.ngoaid.common.csv.CsvRows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What a list endpoint answers, as a filtered and sorted query: one page of it for JSON, or all of it for a CSV
 * export. Rows become views a chunk at a time ({@code views} may look up what a chunk refers to in one query), and
 * the export reads through a database cursor, clearing the persistence context after each chunk, so its memory does
 * not grow with the number of rows. The query is made when it runs, inside the transaction that reads it.
 */
public final class Listing<E, V> {

    /** Rows read, turned into views and written per chunk. */
    static final int CHUNK = 1000;

    private interface Source<E> {
        List<E> range(int offset, int size);

        Stream<E> stream();
    }

    private final Source<E> source;
    private final LongSupplier count;
    private final Function<List<E>, List<V>> views;

    private Listing(Source<E> source, LongSupplier count, Function<List<E>, List<V>> views) {
        this.source = source;
        this.count = count;
        this.views = views;
    }

    /** @param query the filtered query with its complete order (ending in a unique key, so pages never overlap) */
    public static <E, V> Listing<E, V> of(Supplier<PanacheQuery<E>> query, LongSupplier count,
                                          Function<List<E>, List<V>> views) {
        return new Listing<>(new Source<>() {
            @Override
            public List<E> range(int offset, int size) {
                return query.get().range(offset, offset + size - 1).list();
            }

            @Override
            public Stream<E> stream() {
                return query.get().withHint(HibernateHints.HINT_FETCH_SIZE, CHUNK).stream();
            }
        }, count, views);
    }

    /**
     * An HQL query of entities of {@code type} with its named parameters.
     *
     * @param query the filtered query with its complete order (ending in a unique key, so pages never overlap)
     * @param count the HQL count of the same filter
     */
    public static <E, V> Listing<E, V> of(Class<E> type, String query, String count, Map<String, Object> parameters,
                                          Function<List<E>, List<V>> views) {
        return of(type, type, query, parameters, () -> count(type, count, parameters), views);
    }

    /**
     * An HQL query over entities of {@code entity} selecting values of {@code type} (their ids, say), with its named
     * parameters, and how many rows it has.
     */
    public static <E, V> Listing<E, V> of(Class<?> entity, Class<E> type, String query, Map<String, Object> parameters,
                                          LongSupplier count, Function<List<E>, List<V>> views) {
        Supplier<TypedQuery<E>> typed = () -> withParameters(Panache.getEntityManager(entity).createQuery(query, type), parameters);
        return new Listing<>(new Source<>() {
            @Override
            public List<E> range(int offset, int size) {
                return typed.get().setFirstResult(offset).setMaxResults(size).getResultList();
            }

            @Override
            public Stream<E> stream() {
                return typed.get().setHint(HibernateHints.HINT_FETCH_SIZE, CHUNK).getResultStream();
            }
        }, count, views);
    }

    /** The result of an HQL count over entities of {@code entity}, with its named parameters. */
    public static long count(Class<?> entity, String count, Map<String, Object> parameters) {
        return withParameters(Panache.getEntityManager(entity).createQuery(count, Long.class), parameters).getSingleResult();
    }

    private static <T> TypedQuery<T> withParameters(TypedQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A native SQL query, for lists that are not entities (each result row an {@code Object[]}). */
    public static <V> Listing<Object[], V> ofNative(Supplier<Query> query, LongSupplier count,
                                                    Function<List<Object[]>, List<V>> views) {
        return new Listing<>(new Source<>() {
            @Override
            @SuppressWarnings("unchecked")
            public List<Object[]> range(int offset, int size) {
                return query.get().setFirstResult(offset).setMaxResults(size).getResultList();
            }

            @Override
            @SuppressWarnings("unchecked")
            public Stream<Object[]> stream() {
                return query.get().setHint(HibernateHints.HINT_FETCH_SIZE, CHUNK).getResultStream();
            }
        }, count, views);
    }

    /** A page and the number of rows of all pages; counted only when the page does not tell it (a last page does). */
    public Page<V> page(PageRequest page) {
        List<E> rows = source.range(page.offset(), page.size());
        boolean last = rows.size() < page.size() && (!rows.isEmpty() || page.offset() == 0);
        return Page.of(views.apply(rows), page, last ? page.offset() + rows.size() : count.getAsLong());
    }

    /** Every row, in the query's order; to be run inside a transaction (a cursor needs one). */
    public CsvRows<V> all() {
        return sink -> {
            EntityManager em = Panache.getEntityManager();
            try (Stream<E> rows = source.stream()) {
                List<E> chunk = new ArrayList<>(CHUNK);
                Iterator<E> iterator = rows.iterator();
                while (iterator.hasNext()) {
                    chunk.add(iterator.next());
                    if (chunk.size() == CHUNK) {
                        emit(chunk, sink, em);
                    }
                }
                emit(chunk, sink, em);
            }
        };
    }

    private void emit(List<E> chunk, Consumer<? super V> sink, EntityManager em) {
        views.apply(chunk).forEach(sink);
        chunk.clear();
        em.clear();
    }
}
