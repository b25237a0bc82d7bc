package vn.ngoaid.aid.aggregate;

import vn.ngoaid.aid.transaction.ProjectTotals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The figures of one group, or of the whole filtered set: the distinct projects and donors with a transaction in it,
 * and the money committed and disbursed, summed exactly in the asked currency.
 */
record Figures(long projects, long organizations, BigDecimal committed, BigDecimal disbursed) {

    static final Figures NONE = new Figures(0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    Figures plusMoney(BigDecimal committed, BigDecimal disbursed) {
        return new Figures(projects, organizations, this.committed.add(committed), this.disbursed.add(disbursed));
    }

    /**
     * Adds the figures to an answer's row, as the answer gives them: the money rounded half-even to the currency's
     * minor unit only here, at the edge, so that the rows of any grouping add up to the totals within one minor unit
     * per row; the disbursement rate from the exact sums.
     */
    Map<String, Object> addTo(Map<String, Object> row, int minorUnitDigits) {
        row.put("projects", projects);
        row.put("organizations", organizations);
        row.put("committed", committed.setScale(minorUnitDigits, RoundingMode.HALF_EVEN));
        row.put("disbursed", disbursed.setScale(minorUnitDigits, RoundingMode.HALF_EVEN));
        row.put("disbursementRate", ProjectTotals.rate(disbursed, committed));
        return row;
    }
}
