package vn.ngoaid.aid.aggregate;

import vn.ngoaid.aid.transaction.ProjectTotals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The figures of one group, or of the whole filtered set: the distinct projects and donors with money recorded or
 * planned in it, and the money committed, disbursed and planned, summed exactly in the asked currency.
 */
record Figures(long projects, long organizations, BigDecimal committed, BigDecimal disbursed, BigDecimal planned) {

    static final Figures NONE = new Figures(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** The figures of an answer's row, in the order it gives them (and its CSV's columns). */
    static final List<String> NAMES = List.of("projects", "organizations", "committed", "disbursed", "disbursementRate",
            "planned", "plannedDisbursementRate", "undisbursed");

    Figures plusMoney(BigDecimal committed, BigDecimal disbursed, BigDecimal planned) {
        return new Figures(projects, organizations, this.committed.add(committed), this.disbursed.add(disbursed),
                this.planned.add(planned));
    }

    Figures plusMoney(Figures other) {
        return plusMoney(other.committed, other.disbursed, other.planned);
    }

    /**
     * Adds the figures to an answer's row, as the answer gives them: the money rounded half-even to the currency's
     * minor unit only here, at the edge, so that the rows of any grouping add up to the totals within one minor unit
     * per row; the rates from the exact sums, and undisbursed as committed − disbursed of the exact sums.
     */
    Map<String, Object> addTo(Map<String, Object> row, int minorUnitDigits) {
        row.put("projects", projects);
        row.put("organizations", organizations);
        row.put("committed", rounded(committed, minorUnitDigits));
        row.put("disbursed", rounded(disbursed, minorUnitDigits));
        row.put("disbursementRate", ProjectTotals.rate(disbursed, committed));
        row.put("planned", rounded(planned, minorUnitDigits));
        row.put("plannedDisbursementRate", ProjectTotals.rate(disbursed, planned));
        row.put("undisbursed", rounded(committed.subtract(disbursed), minorUnitDigits));
        return row;
    }

    private static BigDecimal rounded(BigDecimal amount, int minorUnitDigits) {
        return amount.setScale(minorUnitDigits, RoundingMode.HALF_EVEN);
    }
}
