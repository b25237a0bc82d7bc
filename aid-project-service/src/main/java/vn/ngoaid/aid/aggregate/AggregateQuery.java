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
 * at the edge, so the rows of any grouping add up to the totals within one minor unit per row.
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
        String split = splitRows(filter, params);

        List<ExchangeRates.YearCurrency> sources = new ArrayList<>();
        for (Object[] row : rows(split + "SELECT DISTINCT s.currency, s.year FROM split s", params)) {
            sources.add(new ExchangeRates.YearCurrency((String) row[0], ((Number) row[1]).intValue()));
        }
        List<RateUsed> ratesUsed = rates.require(sources, currency);

        params.put("target", currency);
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
                coalesce(sum(convert_amount(s.amount, s.currency, :target, s.year) * s.weight) FILTER (WHERE s.type = 'COMMITMENT'), 0),
                coalesce(sum(convert_amount(s.amount, s.currency, :target, s.year) * s.weight) FILTER (WHERE s.type = 'DISBURSEMENT'), 0)
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
     * A CTE {@code split}: one row per transaction × location × sector of the filtered set, with the transaction's
     * amount and currency, its year, the row's weight (location share × sector share) and the project's dimensions.
     */
    private String splitRows(AggregateFilter filter, Map<String, Object> params) {
        String province = filter.provinceVintage() == AggregateFilter.ProvinceVintage.CURRENT
                ? "coalesce(succ.successor, l.province)" : "l.province";
        String successorJoin = filter.provinceVintage() == AggregateFilter.ProvinceVintage.CURRENT
                ? "LEFT JOIN " + successors + " AS succ(code, successor) ON succ.code = l.province\n" : "";
        List<String> where = new ArrayList<>();
        if (filter.fromYear() != null) {
            where.add("t.date >= make_date(:fromYear, 1, 1)");
            params.put("fromYear", filter.fromYear());
        }
        if (filter.toYear() != null) {
            where.add("t.date <= make_date(:toYear, 12, 31)");
            params.put("toYear", filter.toYear());
        }
        if (filter.province() != null) {
            where.add(province + " = :province");
            params.put("province", filter.province());
        }
        if (filter.sector() != null) {
            where.add("sec.code = :sector");
            params.put("sector", filter.sector());
        }
        addEquals(where, params, "p.modality", "modality", filter.modality() == null ? null : filter.modality().name());
        addEquals(where, params, "p.donor_country_code", "donorCountry", filter.donorCountry());
        addEquals(where, params, "p.donor_organization_id", "organizationId", filter.organizationId());
        addEquals(where, params, "p.donor_type", "donorType", filter.donorType());
        addEquals(where, params, "p.approval_level", "approvalLevel", filter.approvalLevel() == null ? null : filter.approvalLevel().name());
        addEquals(where, params, "p.status", "status", filter.status() == null ? null : filter.status().name());
        return """
                WITH loc AS (
                  SELECT project_id, province,
                         coalesce(percentage / 100, 1::numeric / count(*) OVER (PARTITION BY project_id)) AS weight
                  FROM project_location
                ), sec AS (
                  SELECT project_id, code,
                         coalesce(percentage / 100, 1::numeric / count(*) OVER (PARTITION BY project_id)) AS weight
                  FROM project_sector
                ), split AS (
                  SELECT t.project_id, t.type, t.amount, t.currency, extract(year FROM t.date)::int AS year,
                         l.weight * sec.weight AS weight, %s AS province, sec.code AS sector,
                         p.modality, p.donor_country_code, p.donor_type, p.approval_level, p.status, p.donor_name,
                         coalesce(p.donor_organization_id::text, p.donor_type || ':' || lower(p.donor_name)) AS donor_key
                  FROM aid_transaction t
                  JOIN project p ON p.id = t.project_id
                  JOIN loc l ON l.project_id = t.project_id
                  %sJOIN sec ON sec.project_id = t.project_id
                  %s
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
