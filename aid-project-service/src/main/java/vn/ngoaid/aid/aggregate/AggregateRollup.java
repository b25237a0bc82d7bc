package vn.ngoaid.aid.aggregate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import vn.ngoaid.aid.transaction.AidTransaction;
import vn.ngoaid.aid.transaction.TransactionType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Keeps the aggregates' rollup ({@code aggregate_cell}, migration V4) and its views (V6) in step with the writes,
 * inside their transaction, by the schema's functions: new transactions add their money, split by the project's
 * shares, to the project's cells ({@code add_money_to_rollup}, V8, which takes a short path when the cells exist
 * already); a changed project has its cells rebuilt from its transactions ({@code change_rollup}); the views get the
 * difference. The writes hold their projects' row locks, so two writes never race on one project's
 * cells; the function locks the donors whose year chains may change.
 */
@ApplicationScoped
public class AggregateRollup {

    /** Cells a call: a CSV import adds the money of thousands of projects. */
    private static final int BATCH = 2000;

    private record Cell(UUID projectId, int year, String currency) {
    }

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
                change(projects, batch);
                batch.clear();
                projects.clear();
            }
        }
        if (!batch.isEmpty()) {
            change(projects, batch);
        }
    }

    /** After a project's provinces, sectors, donor, status or other dimensions may have changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rebuild(UUID projectId) {
        change(Set.of(projectId), null);
    }

    /** @param cells the money to add, or null to rebuild the projects' cells */
    private void change(Set<UUID> projects, List<Map<String, Object>> cells) {
        try {
            Query call = em.createNativeQuery(cells == null ? "SELECT CAST(change_rollup(CAST(?1 AS uuid[]), NULL) AS text)"
                    : "SELECT CAST(add_money_to_rollup(CAST(?1 AS uuid[]), CAST(?2 AS jsonb)) AS text)");
            call.setParameter(1, "{" + String.join(",", projects.stream().map(UUID::toString).toList()) + "}");
            if (cells != null) {
                call.setParameter(2, json.writeValueAsString(cells));
            }
            call.getSingleResult();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
