package vn.ngoaid.aid.aggregate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import vn.ngoaid.aid.rate.RateUsed;
import vn.ngoaid.aid.rate.ExchangeRates;
import vn.ngoaid.aid.transaction.ProjectTotals;
import vn.ngoaid.common.reference.CurrencyUnit;
import vn.ngoaid.common.reference.ReferenceData;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Committed and disbursed money per group, in SQL. Every transaction falls in the year of its date, is converted into
 * the asked currency with that year's rates, and is split over the project's locations and sectors by their
 * percentages (equal shares where none are given), so each transaction contributes exactly its amount to any grouping.
 * Sums are exact inside the database; each row and the totals are rounded half-even to the currency's minor unit only
 * at the edge, so the rows of any grouping add up to the totals within one minor unit per row. The split amounts come
 * from the rollup {@code aggregate_cell} (see {@link AggregateRollup}), so a query reads one row per project, province,
 * sector, year and currency instead of one per transaction, location and sector.
 */
@ApplicationScoped
public class AggregateQuery {

    /** API dimension name → SQL expression over the split rows. */
    static final Map<String, String> DIMENSIONS = Map.of(
            "province", "s.province",
            "year", "s.year",
            "sector", "s.sector",
            "modality", "s.modality",
            "organization", "s.donor_key",
            "donorCountry", "s.donor_country_code",
            "donorType", "s.donor_type",
            "approvalLevel", "s.approval_level",
            "status", "s.status");

    private final EntityManager em;
    private final ExchangeRates rates;
    private final ReferenceData reference;
    private final String successors;

    public AggregateQuery(EntityManager em, ExchangeRates rates, ReferenceData reference) {
        this.em = em;
        this.rates = rates;
        this.reference = reference;
        this.successors = reference.successorsAsSqlValues();
    }

    public AggregateAnswer run(List<String> groupBy, String currency, AggregateFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("target", currency);
        String split = splitRows(filter, params);

        List<ExchangeRates.YearCurrency> sources = new ArrayList<>();
        for (Object[] row : rows(split + "SELECT DISTINCT s.currency, s.year FROM split s", params)) {
            sources.add(new ExchangeRates.YearCurrency((String) row[0], ((Number) row[1]).intValue()));
        }
        List<RateUsed> ratesUsed = rates.require(sources, currency);

        String dims = String.join(", ", groupBy.stream().map(DIMENSIONS::get).toList());
        StringBuilder sql = new StringBuilder(split).append("SELECT ");
        for (String dimension : groupBy) {
            sql.append(DIMENSIONS.get(dimension)).append(", ");
        }
        if (groupBy.contains("organization")) {
            sql.append("min(s.donor_name), ");
        }
        sql.append("""
                count(DISTINCT s.project_id), count(DISTINCT s.donor_key),
                coalesce(sum(s.committed), 0), coalesce(sum(s.disbursed), 0)
                """);
        if (!groupBy.isEmpty()) {
            sql.append(", grouping(").append(dims).append(")\nFROM split s\nGROUP BY GROUPING SETS ((").append(dims)
                    .append("), ())\nORDER BY ").append(dims);
        } else {
            sql.append("FROM split s");
        }

        int digits = reference.currency(currency).map(CurrencyUnit::minorUnitDigits).orElse(2);
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> totals = figures(new LinkedHashMap<>(), 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, digits);
        for (Object[] result : rows(sql.toString(), params)) {
            int at = groupBy.size() + (groupBy.contains("organization") ? 1 : 0);
            boolean totalRow = groupBy.isEmpty() || ((Number) result[at + 4]).intValue() != 0;
            Map<String, Object> row = new LinkedHashMap<>();
            if (!totalRow) {
                for (int i = 0; i < groupBy.size(); i++) {
                    row.put(groupBy.get(i), dimensionValue(groupBy.get(i), result[i]));
                }
                if (groupBy.contains("organization")) {
                    row.put("donorName", result[groupBy.size()]);
                }
            }
            figures(row, ((Number) result[at]).longValue(), ((Number) result[at + 1]).longValue(),
                    (BigDecimal) result[at + 2], (BigDecimal) result[at + 3], digits);
            if (totalRow) {
                totals = row;
            } else {
                rows.add(row);
            }
        }
        // without dimensions the one group is the whole set
        return new AggregateAnswer(currency, groupBy, groupBy.isEmpty() ? List.of(totals) : rows, totals, ratesUsed);
    }

    /**
     * A CTE {@code split}: the rollup's cells of the filtered set (migration V4: one row per project, province,
     * sector, year and currency with the money already split by the project's shares), each with its amounts in its
     * own currency and converted into the asked one with the rates of its year.
     */
    private String splitRows(AggregateFilter filter, Map<String, Object> params) {
        String province = filter.provinceVintage() == AggregateFilter.ProvinceVintage.CURRENT
                ? "coalesce(succ.successor, c.province)" : "c.province";
        String successorJoin = filter.provinceVintage() == AggregateFilter.ProvinceVintage.CURRENT
                ? "LEFT JOIN " + successors + " AS succ(code, successor) ON succ.code = c.province\n" : "";
        List<String> where = new ArrayList<>();
        if (filter.fromYear() != null) {
            where.add("c.year >= :fromYear");
            params.put("fromYear", filter.fromYear());
        }
        if (filter.toYear() != null) {
            where.add("c.year <= :toYear");
            params.put("toYear", filter.toYear());
        }
        if (filter.province() != null) {
            where.add(province + " = :province");
            params.put("province", filter.province());
        }
        addEquals(where, params, "c.sector", "sector", filter.sector());
        addEquals(where, params, "c.modality", "modality", filter.modality() == null ? null : filter.modality().name());
        addEquals(where, params, "c.donor_country_code", "donorCountry", filter.donorCountry());
        addEquals(where, params, "c.donor_key", "organizationId", filter.organizationId() == null ? null : filter.organizationId().toString());
        addEquals(where, params, "c.donor_type", "donorType", filter.donorType());
        addEquals(where, params, "c.approval_level", "approvalLevel", filter.approvalLevel() == null ? null : filter.approvalLevel().name());
        addEquals(where, params, "c.status", "status", filter.status() == null ? null : filter.status().name());
        // convert_amount's formula, with the rates joined once per query instead of looked up per row
        return """
                WITH split AS (
                  SELECT c.project_id, c.year, c.currency, %s AS province, c.sector,
                         c.modality, c.donor_country_code, c.donor_type, c.approval_level, c.status, c.donor_name, c.donor_key,
                         CASE WHEN c.currency = :target THEN c.committed
                              ELSE c.committed / CASE WHEN c.currency = 'USD' THEN 1 ELSE rf.units_per_usd END
                                   * CASE WHEN :target = 'USD' THEN 1 ELSE rt.units_per_usd END END AS committed,
                         CASE WHEN c.currency = :target THEN c.disbursed
                              ELSE c.disbursed / CASE WHEN c.currency = 'USD' THEN 1 ELSE rf.units_per_usd END
                                   * CASE WHEN :target = 'USD' THEN 1 ELSE rt.units_per_usd END END AS disbursed
                  FROM aggregate_cell c
                  LEFT JOIN exchange_rate rf ON rf.currency = c.currency AND rf.year = c.year
                  LEFT JOIN exchange_rate rt ON rt.currency = :target AND rt.year = c.year
                  %s%s
                )
                """.formatted(province, successorJoin, where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where));
    }

    private static void addEquals(List<String> where, Map<String, Object> params, String column, String name, Object value) {
        if (value != null) {
            where.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    private List<Object[]> rows(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /** A donor outside the registry has no organization id: its row carries null and the donor's name. */
    private static Object dimensionValue(String dimension, Object value) {
        if (dimension.equals("organization")) {
            String key = (String) value;
            return key != null && key.length() == 36 && key.charAt(8) == '-' ? UUID.fromString(key) : null;
        }
        return value;
    }

    private static Map<String, Object> figures(Map<String, Object> row, long projects, long organizations,
                                               BigDecimal committed, BigDecimal disbursed, int digits) {
        row.put("projects", projects);
        row.put("organizations", organizations);
        row.put("committed", committed.setScale(digits, RoundingMode.HALF_EVEN));
        row.put("disbursed", disbursed.setScale(digits, RoundingMode.HALF_EVEN));
        row.put("disbursementRate", ProjectTotals.rate(disbursed, committed));
        return row;
    }
}
