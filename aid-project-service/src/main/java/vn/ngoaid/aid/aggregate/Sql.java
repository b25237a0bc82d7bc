package vn.ngoaid.aid.aggregate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A native query written piece by piece, with its named parameters gathered as they are written: exactly those are
 * bound, so no parameter is bound by a name that only starts another one's.
 */
final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final Map<String, Object> params = new HashMap<>();

    Sql add(String sql) {
        text.append(sql);
        return this;
    }

    /** Writes the parameter {@code :name}, bound to the value; a name written twice has one value. */
    Sql param(String name, Object value) {
        Object bound = params.putIfAbsent(name, value);
        if (bound != null && !Objects.equals(bound, value)) {
            throw new IllegalArgumentException(name + " is bound to " + bound + ", not " + value);
        }
        text.append(':').append(name);
        return this;
    }

    /** The rows, each read by its columns' names. */
    List<Tuple> rows(EntityManager em) {
        Query query = em.createNativeQuery(text.toString(), Tuple.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
