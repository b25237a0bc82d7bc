package vn.ngoaid.aid.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.ngoaid.aid.project.Project;
import vn.ngoaid.aid.project.ProjectView;
import vn.ngoaid.common.reference.CurrencyUnit;
import vn.ngoaid.common.reference.ReferenceData;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Running totals of projects in their own currencies, summed in SQL at full precision; every transaction counts at
 * the rates of its own year. Totals are computed on read rather than stored, so they can never drift from the
 * transactions they come from.
 */
@ApplicationScoped
public class ProjectTotals {

    private static final String SUMS = """
            SELECT t.project_id,
                   coalesce(sum(convert_amount(t.amount, t.currency, p.currency, extract(year FROM t.date)::int))
                            FILTER (WHERE t.type = 'COMMITMENT'), 0) AS committed,
                   coalesce(sum(convert_amount(t.amount, t.currency, p.currency, extract(year FROM t.date)::int))
                            FILTER (WHERE t.type = 'DISBURSEMENT'), 0) AS disbursed
            FROM aid_transaction t JOIN project p ON p.id = t.project_id
            WHERE t.project_id IN (:ids)
            GROUP BY t.project_id""";

    private final EntityManager em;
    private final ReferenceData reference;

    public ProjectTotals(EntityManager em, ReferenceData reference) {
        this.em = em;
        this.reference = reference;
    }

    /** Committed and disbursed at full precision, in the project's currency. */
    record Sums(BigDecimal committed, BigDecimal disbursed) {
        static final Sums NONE = new Sums(BigDecimal.ZERO, BigDecimal.ZERO);

        Sums plus(TransactionType type, BigDecimal amount) {
            return type == TransactionType.COMMITMENT ? new Sums(committed.add(amount), disbursed)
                    : new Sums(committed, disbursed.add(amount));
        }
    }

    public ProjectView.Totals of(Project project) {
        return of(List.of(project)).get(project.id);
    }

    /** Totals of each project, rounded to its currency's minor unit at the edge. */
    public Map<UUID, ProjectView.Totals> of(Collection<Project> projects) {
        Map<UUID, Sums> sums = projects.isEmpty() ? Map.of() : sums(projects.stream().map(p -> p.id).toList());
        Map<UUID, ProjectView.Totals> totals = new HashMap<>();
        for (Project project : projects) {
            totals.put(project.id, rounded(sums.getOrDefault(project.id, Sums.NONE), project.currency));
        }
        return totals;
    }

    /** Committed and disbursed of each project at full precision, in its currency; a project without money has none. */
    Map<UUID, Sums> exact(Collection<UUID> projectIds) {
        return sums(List.copyOf(projectIds));
    }

    private Map<UUID, Sums> sums(List<UUID> ids) {
        Map<UUID, Sums> sums = new HashMap<>();
        // a bounded number of bind parameters a statement
        for (int from = 0; from < ids.size(); from += 5000) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(SUMS)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 5000))).getResultList();
            for (Object[] row : rows) {
                sums.put((UUID) row[0], new Sums((BigDecimal) row[1], (BigDecimal) row[2]));
            }
        }
        return sums;
    }

    private ProjectView.Totals rounded(Sums sums, String currency) {
        int digits = reference.currency(currency).map(CurrencyUnit::minorUnitDigits).orElse(2);
        return new ProjectView.Totals(sums.committed().setScale(digits, RoundingMode.HALF_EVEN),
                sums.disbursed().setScale(digits, RoundingMode.HALF_EVEN), currency,
                rate(sums.disbursed(), sums.committed()));
    }

    /** disbursed / committed to 4 decimals, half-even; null when nothing (or less than nothing) is committed. */
    public static BigDecimal rate(BigDecimal disbursed, BigDecimal committed) {
        return committed.signum() <= 0 ? null : disbursed.divide(committed, 4, RoundingMode.HALF_EVEN);
    }
}
