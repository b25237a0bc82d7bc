package vn.ngoaid.aid.aggregate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.ngoaid.aid.transaction.AidTransaction;
import vn.ngoaid.aid.transaction.TransactionType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Keeps the aggregates' rollup ({@code aggregate_cell}, see migration V4) in step with the writes, inside their
 * transaction: a new transaction adds its amount, split by the project's shares, to the project's cells; a changed
 * project has its cells rebuilt from its transactions. Both run under the lock the write holds on the project row, so
 * two writes never race on one project's cells.
 */
@ApplicationScoped
public class AggregateRollup {

    /** The money of a batch of transactions, summed per project, year and currency, added to the projects' cells. */
    private static final String ADD = """
            INSERT INTO aggregate_cell (project_id, province, sector, year, currency, committed, disbursed, modality,
                                        donor_country_code, donor_type, approval_level, status, donor_name, donor_key)
            SELECT ps.project_id, ps.province, ps.sector, m.year, m.currency, m.committed * ps.weight,
                   m.disbursed * ps.weight, ps.modality, ps.donor_country_code, ps.donor_type, ps.approval_level,
                   ps.status, ps.donor_name, ps.donor_key
            FROM jsonb_to_recordset(CAST(?1 AS jsonb))
                 AS m(project_id uuid, year int, currency varchar, committed numeric, disbursed numeric)
            JOIN project_split ps ON ps.project_id = m.project_id
            WHERE ps.project_id = ANY (CAST(?2 AS uuid[]))
            ORDER BY ps.project_id, ps.province, ps.sector, m.year, m.currency
            ON CONFLICT (project_id, province, sector, year, currency) DO UPDATE
            SET committed = aggregate_cell.committed + excluded.committed,
                disbursed = aggregate_cell.disbursed + excluded.disbursed""";

    private record Cell(UUID projectId, int year, String currency) {
    }

    private static final int BATCH = 2000;

    private final EntityManager em;
    private final ObjectMapper json;

    public AggregateRollup(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Adds newly recorded transactions, of any number of projects, to their projects' cells. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Collection<AidTransaction> transactions) {
        Map<Cell, BigDecimal[]> money = new TreeMap<>(Comparator.comparing(Cell::projectId)
                .thenComparingInt(Cell::year).thenComparing(Cell::currency));
        for (AidTransaction t : transactions) {
            BigDecimal[] sums = money.computeIfAbsent(new Cell(t.projectId, t.date.getYear(), t.currency),
                    cell -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            int at = t.type == TransactionType.COMMITMENT ? 0 : 1;
            sums[at] = sums[at].add(t.amount);
        }
        List<Map<String, Object>> batch = new ArrayList<>();
        Set<UUID> projects = new LinkedHashSet<>();
        for (Map.Entry<Cell, BigDecimal[]> entry : money.entrySet()) {
            Cell cell = entry.getKey();
            batch.add(Map.of("project_id", cell.projectId(), "year", cell.year(), "currency", cell.currency(),
                    "committed", entry.getValue()[0].toPlainString(), "disbursed", entry.getValue()[1].toPlainString()));
            projects.add(cell.projectId());
            if (batch.size() == BATCH) {
                upsert(batch, projects);
                batch.clear();
                projects.clear();
            }
        }
        if (!batch.isEmpty()) {
            upsert(batch, projects);
        }
    }

    private void upsert(List<Map<String, Object>> batch, Set<UUID> projects) {
        String ids = uuidArray(projects);
        String cells = json(batch);
        // a project new in a year changes who is present where, and so the year chains of its donor
        long known = ((Number) em.createNativeQuery("""
                        SELECT count(DISTINCT (c.project_id, c.year)) FROM aggregate_cell c
                        JOIN jsonb_to_recordset(CAST(?1 AS jsonb)) AS m(project_id uuid, year int) USING (project_id, year)""")
                .setParameter(1, cells).getSingleResult()).longValue();
        long asked = batch.stream().map(cell -> List.of(cell.get("project_id"), cell.get("year"))).distinct().count();
        keepViews(projects, known < asked, () -> em.createNativeQuery(ADD)
                // the projects again as a constant array, which the planner pushes into project_split's window functions
                .setParameter(1, cells).setParameter(2, ids).executeUpdate());
    }

    /** After a project's provinces, sectors, donor, status or other dimensions may have changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rebuild(UUID projectId) {
        keepViews(Set.of(projectId), true, () -> {
            em.createNativeQuery("DELETE FROM aggregate_cell WHERE project_id = :project")
                    .setParameter("project", projectId).executeUpdate();
            em.createNativeQuery("INSERT INTO aggregate_cell SELECT * FROM aggregate_cell_source WHERE project_id = :project")
                    .setParameter("project", projectId).executeUpdate();
        });
    }

    /**
     * Runs a change of these projects' cells and adds its difference to the aggregates' views (migration V6): the
     * money and the projects' year chains, and, when {@code presenceMayChange}, the year chains of their donors
     * before and after. Those are shared between the projects of a donor, which the project locks do not cover, so
     * the donors are locked first (transaction-scoped advisory locks, in key order).
     */
    private void keepViews(Set<UUID> projects, boolean presenceMayChange, Runnable change) {
        String ids = uuidArray(projects);
        List<String> donors = List.of();
        if (presenceMayChange) {
            @SuppressWarnings("unchecked")
            List<String> keys = em.createNativeQuery("""
                            SELECT donor_key FROM aggregate_cell WHERE project_id = ANY (CAST(?1 AS uuid[]))
                            UNION SELECT donor_key FROM project_split WHERE project_id = ANY (CAST(?1 AS uuid[]))""")
                    .setParameter(1, ids).getResultList();
            donors = keys;
            // one lock a donor, taken in the order of the lock ids; a shared id only locks more than needed
            List<String> lockIds = keys.stream().map(k -> UUID.nameUUIDFromBytes(k.getBytes(StandardCharsets.UTF_8))
                    .getMostSignificantBits()).distinct().sorted().map(String::valueOf).toList();
            em.createNativeQuery("SELECT count(pg_advisory_xact_lock(l)) FROM unnest(CAST(?1 AS bigint[])) AS l")
                    .setParameter(1, "{" + String.join(",", lockIds) + "}").getSingleResult();
        }
        Map<List<Object>, Object[]> before = viewRows(ids, donors);
        change.run();
        Map<List<Object>, Object[]> after = viewRows(ids, donors);
        List<Map<String, Object>> difference = new ArrayList<>();
        for (List<Object> key : union(before.keySet(), after.keySet())) {
            Object[] was = before.getOrDefault(key, NOTHING);
            Object[] is = after.getOrDefault(key, NOTHING);
            long n = ((Number) is[0]).longValue() - ((Number) was[0]).longValue();
            BigDecimal committed = ((BigDecimal) is[1]).subtract((BigDecimal) was[1]);
            BigDecimal disbursed = ((BigDecimal) is[2]).subtract((BigDecimal) was[2]);
            if (n != 0 || committed.signum() != 0 || disbursed.signum() != 0) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 0; i < VIEW_KEY.size(); i++) {
                    row.put(VIEW_KEY.get(i), key.get(i));
                }
                row.put("n", n);
                row.put("committed", committed.toPlainString());
                row.put("disbursed", disbursed.toPlainString());
                difference.add(row);
            }
        }
        if (!difference.isEmpty()) {
            em.createNativeQuery("SELECT CAST(add_to_aggregate_views(CAST(?1 AS jsonb)) AS text)")
                    .setParameter(1, json(difference)).getSingleResult();
        }
    }

    private static final List<String> VIEW_KEY = List.of("kind", "dimension", "value", "counted", "year", "previous_year");
    private static final Object[] NOTHING = {0L, BigDecimal.ZERO, BigDecimal.ZERO};

    /** aggregate_view_rows: key (kind, dimension, value, counted, year, previous_year) → n, committed, disbursed */
    private Map<List<Object>, Object[]> viewRows(String projects, List<String> donors) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT * FROM aggregate_view_rows(CAST(?1 AS uuid[]),
                                                          ARRAY(SELECT jsonb_array_elements_text(CAST(?2 AS jsonb))))""")
                .setParameter(1, projects).setParameter(2, json(donors)).getResultList();
        Map<List<Object>, Object[]> byKey = new HashMap<>();
        for (Object[] row : rows) {
            byKey.put(List.of(row[0], row[1], row[2], row[3], row[4], row[5]), new Object[]{row[6], row[7], row[8]});
        }
        return byKey;
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String uuidArray(Collection<UUID> ids) {
        return "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
