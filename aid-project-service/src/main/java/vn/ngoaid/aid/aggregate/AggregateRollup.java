package vn.ngoaid.aid.aggregate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.ngoaid.aid.transaction.AidTransaction;

import java.util.UUID;

/**
 * Keeps the aggregates' rollup ({@code aggregate_cell}, see migration V4) in step with the writes, inside their
 * transaction: a new transaction adds its amount, split by the project's shares, to the project's cells; a changed
 * project has its cells rebuilt from its transactions. Both run under the lock the write holds on the project row, so
 * two writes never race on one project's cells.
 */
@ApplicationScoped
public class AggregateRollup {

    private static final String ADD = """
            INSERT INTO aggregate_cell (project_id, province, sector, year, currency, committed, disbursed, modality,
                                        donor_country_code, donor_type, approval_level, status, donor_name, donor_key)
            SELECT ps.project_id, ps.province, ps.sector, :year, :currency,
                   CASE WHEN :type = 'COMMITMENT' THEN CAST(:amount AS numeric) * ps.weight ELSE 0 END,
                   CASE WHEN :type = 'DISBURSEMENT' THEN CAST(:amount AS numeric) * ps.weight ELSE 0 END,
                   ps.modality, ps.donor_country_code, ps.donor_type, ps.approval_level, ps.status, ps.donor_name, ps.donor_key
            FROM project_split ps WHERE ps.project_id = :project
            ON CONFLICT (project_id, province, sector, year, currency) DO UPDATE
            SET committed = aggregate_cell.committed + excluded.committed,
                disbursed = aggregate_cell.disbursed + excluded.disbursed""";

    private final EntityManager em;

    public AggregateRollup(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(AidTransaction transaction) {
        em.createNativeQuery(ADD)
                .setParameter("project", transaction.projectId)
                .setParameter("year", transaction.date.getYear())
                .setParameter("currency", transaction.currency)
                .setParameter("type", transaction.type.name())
                .setParameter("amount", transaction.amount)
                .executeUpdate();
    }

    /** After a project's provinces, sectors, donor, status or other dimensions may have changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rebuild(UUID projectId) {
        em.createNativeQuery("DELETE FROM aggregate_cell WHERE project_id = :project")
                .setParameter("project", projectId).executeUpdate();
        em.createNativeQuery("INSERT INTO aggregate_cell SELECT * FROM aggregate_cell_source WHERE project_id = :project")
                .setParameter("project", projectId).executeUpdate();
    }
}
