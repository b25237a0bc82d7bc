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
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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

    /** Dimensions kept by the views of migration V6: API name → the filter's value of it. */
    private static final Map<String, Function<AggregateFilter, Object>> VIEWED = Map.of(
            "province", AggregateFilter::province,
            "sector", AggregateFilter::sector,
            "modality", f -> f.modality() == null ? null : f.modality().name(),
            "donorCountry", AggregateFilter::donorCountry,
            "donorType", AggregateFilter::donorType,
            "approvalLevel", f -> f.approvalLevel() == null ? null : f.approvalLevel().name(),
            "status", f -> f.status() == null ? null : f.status().name());

    public AggregateAnswer run(List<String> groupBy, String currency, AggregateFilter filter) {
        Optional<ViewAnswer> view = ViewAnswer.of(groupBy, filter);
        return view.isPresent() ? fromViews(view.get(), groupBy, currency, filter) : fromCells(groupBy, currency, filter);
    }

    /**
     * A question the views answer: at most one dimension other than the year among the groupBy and the filters, and
     * no organization filter nor current-province roll-up of provinces. Rows come from the view of that dimension
     * ({@code ''}, the view of everything, when there is none), the totals from the view of the filter's dimension.
     */
    record ViewAnswer(String dimension, String value, boolean byValue, boolean byYear, String totalsDimension) {
        static Optional<ViewAnswer> of(List<String> groupBy, AggregateFilter filter) {
            Set<String> dimensions = new HashSet<>(groupBy);
            dimensions.remove("year");
            boolean byValue = !dimensions.isEmpty();
            String filtered = null;
            for (Map.Entry<String, Function<AggregateFilter, Object>> viewed : VIEWED.entrySet()) {
                if (viewed.getValue().apply(filter) != null) {
                    dimensions.add(viewed.getKey());
                    filtered = viewed.getKey();
                }
            }
            if (dimensions.size() > 1 || filter.organizationId() != null || !VIEWED.keySet().containsAll(dimensions)
                    || (dimensions.contains("province") && filter.provinceVintage() == AggregateFilter.ProvinceVintage.CURRENT)) {
                return Optional.empty();
            }
            String dimension = dimensions.isEmpty() ? "" : dimensions.iterator().next();
            String value = filtered == null ? null : String.valueOf(VIEWED.get(filtered).apply(filter));
            return Optional.of(new ViewAnswer(dimension, value, byValue, groupBy.contains("year"),
                    filtered == null ? "" : dimension));
        }
    }

    private AggregateAnswer fromViews(ViewAnswer view, List<String> groupBy, String currency, AggregateFilter filter) {
        // a year range [from, to]; with no start, every member's first year (previous_year 0) counts
        int from = filter.fromYear() == null ? 1 : filter.fromYear();
        int to = filter.toYear() == null ? Integer.MAX_VALUE : filter.toYear();
        // the money of everything is the sum of the province rows: a project's shares add up to 1 over its provinces
        String moneyDimension = view.dimension().isEmpty() ? "province" : view.dimension();
        Map<String, Object> params = new HashMap<>(Map.of("moneyDimension", moneyDimension, "from", from, "to", to));
        String valueFilter = "";
        if (view.value() != null) {
            valueFilter = " AND value = :value";
            params.put("value", view.value());
        }
        List<String> keys = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (String dimension : groupBy) {
            keys.add(dimension.equals("year") ? "year" : "value");
            order.add(dimension.equals("year") ? "year" : "nullif(value, '')");
        }
        String key = keys.isEmpty() ? "" : String.join(", ", keys) + ", ";
        String grouped = keys.isEmpty() ? "" : " GROUP BY " + String.join(", ", keys);
        params.put("target", currency);
        params.put("dimension", view.dimension());
        // money per value and year, converted in SQL and summed over the groups here; each row names its currencies,
        // which with its year are the rates the answer needs
        Map<List<Object>, BigDecimal[]> money = new HashMap<>();
        Set<ExchangeRates.YearCurrency> sources = new HashSet<>();
        for (Object[] row : rows("SELECT m.value, m.year, string_agg(DISTINCT m.currency, ','), " + CONVERTED
                + " WHERE m.dimension = :moneyDimension AND m.year BETWEEN :from AND :to"
                + (view.value() == null ? "" : " AND m.value = :value") + " GROUP BY m.value, m.year", params)) {
            for (String source : ((String) row[2]).split(",")) {
                sources.add(new ExchangeRates.YearCurrency(source, ((Number) row[1]).intValue()));
            }
            List<Object> group = keys.stream().map(k -> k.equals("year") ? row[1] : row[0]).toList();
            BigDecimal[] sums = money.computeIfAbsent(group, g -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            if (row[3] != null) {
                sums[0] = sums[0].add((BigDecimal) row[3]);
                sums[1] = sums[1].add((BigDecimal) row[4]);
            }
        }
        // a missing rate (its amounts left out of the sums above) is the 422 naming it
        List<RateUsed> ratesUsed = rates.require(sources, currency);
        int digits = reference.currency(currency).map(CurrencyUnit::minorUnitDigits).orElse(2);
        String counts = "SELECT %s coalesce(sum(members) FILTER (WHERE counted = 'project'), 0),"
                + " coalesce(sum(members) FILTER (WHERE counted = 'organization'), 0) FROM aggregate_view_count"
                + " WHERE dimension = :dimension AND year BETWEEN :from AND :to%s%s%s";
        // grouped by year, a member counts in each year it is present in, whatever its previous one
        String present = view.byYear() ? "" : " AND previous_year < :from";

        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        for (BigDecimal[] sums : money.values()) {
            committed = committed.add(sums[0]);
            disbursed = disbursed.add(sums[1]);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        if (!groupBy.isEmpty()) {
            for (Object[] row : rows(counts.formatted(key, present, valueFilter, grouped + " ORDER BY " + String.join(", ", order)), params)) {
                List<Object> group = Arrays.asList(row).subList(0, keys.size());
                BigDecimal[] sums = money.getOrDefault(group, new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                Map<String, Object> answerRow = new LinkedHashMap<>();
                for (int i = 0; i < groupBy.size(); i++) {
                    Object value = group.get(i);
                    answerRow.put(groupBy.get(i), "".equals(value) ? null : value);
                }
                rows.add(figures(answerRow, ((Number) row[keys.size()]).longValue(),
                        ((Number) row[keys.size() + 1]).longValue(), sums[0], sums[1], digits));
            }
        }
        params.put("dimension", view.totalsDimension());
        Object[] total = rows(counts.formatted("", " AND previous_year < :from", view.totalsDimension().isEmpty() ? "" : valueFilter, ""),
                params).get(0);
        Map<String, Object> totals = figures(new LinkedHashMap<>(), ((Number) total[0]).longValue(),
                ((Number) total[1]).longValue(), committed, disbursed, digits);
        return new AggregateAnswer(currency, groupBy, groupBy.isEmpty() ? List.of(totals) : rows, totals, ratesUsed);
    }

    /** The money rows of aggregate_view_money, converted into the asked currency and summed. */
    private static final String CONVERTED = "sum(" + converted("m", "committed") + "), sum(" + converted("m", "disbursed")
            + ")\nFROM aggregate_view_money m\n" + rates("m");

    /**
     * convert_amount's formula over a column of rows (alias {@code rows}) in their own currency and year, with the
     * rates of {@link #rates} joined once per query instead of looked up per row.
     */
    private static String converted(String rows, String column) {
        return """
                CASE WHEN %1$s.currency = :target THEN %1$s.%2$s
                     ELSE %1$s.%2$s / CASE WHEN %1$s.currency = 'USD' THEN 1 ELSE rf.units_per_usd END
                          * CASE WHEN :target = 'USD' THEN 1 ELSE rt.units_per_usd END END""".formatted(rows, column);
    }

    /** The rates {@link #converted} reads: of the rows' currency and of the asked one, in the rows' year. */
    private static String rates(String rows) {
        return """
                LEFT JOIN exchange_rate rf ON rf.currency = %1$s.currency AND rf.year = %1$s.year
                LEFT JOIN exchange_rate rt ON rt.currency = :target AND rt.year = %1$s.year""".formatted(rows);
    }

    private AggregateAnswer fromCells(List<String> groupBy, String currency, AggregateFilter filter) {
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
        return """
                WITH split AS (
                  SELECT c.project_id, c.year, c.currency, %s AS province, c.sector,
                         c.modality, c.donor_country_code, c.donor_type, c.approval_level, c.status, c.donor_name, c.donor_key,
                         %s AS committed,
                         %s AS disbursed
                  FROM aggregate_cell c
                  %s
                  %s%s
                )
                """.formatted(province, converted("c", "committed"), converted("c", "disbursed"), rates("c"), successorJoin,
                where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where));
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
