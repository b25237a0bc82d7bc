package vn.ngoaid.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import vn.ngoaid.common.api.Listing;
import vn.ngoaid.common.record.Where;
import vn.ngoaid.common.security.Caller;
import vn.ngoaid.common.time.Timestamps;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The audit trail: each service's writes record who made them, when, and the record as written, in the same
 * transaction as the write, so a write that fails leaves no entry and an entry never lacks its write.
 */
@ApplicationScoped
public class AuditTrail {

    public static final Map<String, String> SORTABLE = Map.of("recordedAt", "recorded_at", "subject", "subject",
            "entityType", "entity_type");

    private static final int BATCH = 1000;

    private final EntityManager em;
    private final Caller caller;
    private final ObjectMapper json;

    public AuditTrail(EntityManager em, Caller caller, ObjectMapper json) {
        this.em = em;
        this.caller = caller;
        this.json = json;
    }

    /**
     * @param entityType e.g. {@code organization}
     * @param operation  e.g. {@code CREATE}, {@code UPDATE}, {@code STATUS_CHANGE}
     * @param change     the record as written (its API view), stored as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, String operation, Object change) {
        recordAll(entityType, operation, Map.of(entityId, change));
    }

    /**
     * One entry for each of many writes of one kind (an import's rows), in one statement per thousand.
     *
     * @param changes entity id → the record as written, in the order the entries take
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(String entityType, String operation, Map<?, ?> changes) {
        List<String> ids = new ArrayList<>();
        List<Object> written = new ArrayList<>();
        for (Map.Entry<?, ?> change : changes.entrySet()) {
            ids.add(String.valueOf(change.getKey()));
            written.add(change.getValue());
            if (ids.size() == BATCH) {
                insert(entityType, operation, ids, written);
                ids.clear();
                written.clear();
            }
        }
        if (!ids.isEmpty()) {
            insert(entityType, operation, ids, written);
        }
    }

    private void insert(String entityType, String operation, List<String> ids, List<Object> changes) {
        // the ids and records go as two JSON arrays, paired by position
        em.createNativeQuery("""
                        INSERT INTO audit_entry (recorded_at, subject, roles, province, entity_type, entity_id, operation, change)
                        SELECT ?1, ?2, ?3, ?4, ?5, i.id, ?6, c.change
                        FROM jsonb_array_elements_text(CAST(?7 AS jsonb)) WITH ORDINALITY i(id, n)
                        JOIN jsonb_array_elements(CAST(?8 AS jsonb)) WITH ORDINALITY c(change, n) USING (n)
                        ORDER BY n""")
                .setParameter(1, utc(Timestamps.now()))
                .setParameter(2, caller.subject())
                .setParameter(3, String.join(",", caller.roles()))
                .setParameter(4, caller.province().orElse(null))
                .setParameter(5, entityType)
                .setParameter(6, operation)
                .setParameter(7, write(ids))
                .setParameter(8, write(changes))
                .executeUpdate();
    }

    public record Filter(String entityType, String entityId, String subject, Instant from, Instant to) {
    }

    /** The entries matching {@code filter} in this order: a page of them or all. */
    public Listing<Object[], AuditEntry> listing(Filter filter, String orderBy) {
        Where where = new Where()
                .equal("entity_type", "entityType", filter.entityType())
                .equal("entity_id", "entityId", filter.entityId())
                .equal("subject", "subject", filter.subject())
                .atLeast("recorded_at", "from", utc(filter.from()))
                .add("recorded_at < :to", "to", utc(filter.to()));
        String from = " FROM audit_entry" + where.clause();
        Map<String, Object> params = where.map();
        return Listing.ofNative(() -> withParameters(em.createNativeQuery("SELECT id, recorded_at, subject, roles, "
                        + "province, entity_type, entity_id, operation, CAST(change AS text)" + from + " ORDER BY "
                        + orderBy + ", id"), params),
                () -> ((Number) withParameters(em.createNativeQuery("SELECT count(*)" + from), params).getSingleResult()).longValue(),
                rows -> rows.stream().map(this::entry).toList());
    }

    private static Query withParameters(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    private AuditEntry entry(Object[] row) {
        try {
            return new AuditEntry(((Number) row[0]).longValue(), toInstant(row[1]), (String) row[2],
                    List.of(((String) row[3]).split(",")), (String) row[4], (String) row[5], (String) row[6],
                    (String) row[7], json.readTree((String) row[8]));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry " + row[0] + " holds no JSON", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private String write(Object change) {
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot record " + change, e);
        }
    }
}
