package vn.ngoaid.aid.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    /**
     * Committed and disbursed of the transactions {@code t} of a project {@code p}, in the project's currency at full
     * precision; null without transactions.
     */
    public static final String SUMS_IN_PROJECT_CURRENCY = """
            sum(convert_amount(t.amount, t.currency, p.currency, extract(year FROM t.date)::int))
                FILTER (WHERE t.type = 'COMMITMENT') AS committed,
            sum(convert_amount(t.amount, t.currency, p.currency, extract(year FROM t.date)::int))
                FILTER (WHERE t.type = 'DISBURSEMENT') AS disbursed""";

    private static final String SUMS = """
            SELECT t.project_id, %s
            FROM aid_transaction t JOIN project p ON p.id = t.project_id
            WHERE t.project_id IN (:ids)
            GROUP BY t.project_id""".formatted(SUMS_IN_PROJECT_CURRENCY);

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
                sums.put((UUID) row[0], new Sums(orZero((BigDecimal) row[1]), orZero((BigDecimal) row[2])));
            }
        }
        return sums;
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** Totals rounded to the currency's minor unit at the edge. */
    public ProjectView.Totals rounded(BigDecimal committed, BigDecimal disbursed, String currency) {
        int digits = reference.currency(currency).map(CurrencyUnit::minorUnitDigits).orElse(2);
        return new ProjectView.Totals(committed.setScale(digits, RoundingMode.HALF_EVEN),
                disbursed.setScale(digits, RoundingMode.HALF_EVEN), currency, rate(disbursed, committed));
    }

    /** disbursed / committed to 4 decimals, half-even; null when nothing (or less than nothing) is committed. */
    public static BigDecimal rate(BigDecimal disbursed, BigDecimal committed) {
        return committed.signum() <= 0 ? null : disbursed.divide(committed, 4, RoundingMode.HALF_EVEN);
    }
}
