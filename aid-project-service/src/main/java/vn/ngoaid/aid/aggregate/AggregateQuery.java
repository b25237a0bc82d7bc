package vn.ngoaid.aid.aggregate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import vn.ngoaid.aid.rate.ExchangeRates;
import vn.ngoaid.aid.rate.RateUsed;
import vn.ngoaid.common.reference.CurrencyUnit;
import vn.ngoaid.common.reference.ReferenceData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.stream.Collectors.joining;

/**
 * Committed, disbursed and planned money per group, in SQL. Every transaction falls in the year of its date (a planned
 * disbursement in its year), is converted into the asked currency with that year's rates, and is split over the
 * project's locations and sectors by their percentages (equal shares where none are given), so each transaction
 * contributes exactly its amount to any grouping.
 * Sums are exact inside the database and rounded only in the answer (see {@link Figures}). The split amounts come
 * from the rollup {@code aggregate_cell} (see {@link AggregateRollup}), so a query reads one row per project, province,
 * sector, year and currency instead of one per transaction, location and sector; questions of one dimension read
 * the views of migration V6 instead, a few rows per value and year.
 */
@ApplicationScoped
public class AggregateQuery {

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

    public AggregateAnswer run(List<Dimension> groupBy, String currency, AggregateFilter filter) {
        int digits = reference.currency(currency).map(CurrencyUnit::minorUnitDigits).orElse(2);
        Optional<ViewAnswer> view = ViewAnswer.of(groupBy, filter);
        return view.isPresent() ? fromViews(view.get(), groupBy, currency, filter, digits)
                : fromCells(groupBy, currency, filter, digits);
    }

    /**
     * A question the views answer: at most one dimension other than the year among the groupBy and the filters, a
     * viewed one, and no current-province roll-up of provinces. Rows come from the view of that dimension (the view
     * of everything, {@code ''}, when there is none), the totals from the view of the filter's dimension.
     *
     * @param dimension the view's dimension, null for the view of everything
     * @param value     the filter's value of it, or null
     */
    record ViewAnswer(Dimension dimension, String value, boolean byValue, boolean byYear) {
        static Optional<ViewAnswer> of(List<Dimension> groupBy, AggregateFilter filter) {
            Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
            dimensions.addAll(groupBy);
            dimensions.remove(Dimension.YEAR);
            boolean byValue = !dimensions.isEmpty();
            String value = null;
            for (Dimension dimension : Dimension.values()) {
                Object filtered = dimension.filtered(filter);
                if (filtered != null) {
                    dimensions.add(dimension);
                    value = String.valueOf(filtered);
                }
            }
            if (dimensions.size() > 1 || !dimensions.stream().allMatch(Dimension::viewed)
                    || (dimensions.contains(Dimension.PROVINCE) && filter.provinceVintage() == AggregateFilter.ProvinceVintage.CURRENT)) {
                return Optional.empty();
            }
            return Optional.of(new ViewAnswer(dimensions.isEmpty() ? null : dimensions.iterator().next(), value, byValue,
                    groupBy.contains(Dimension.YEAR)));
        }

        /** The name of the view in the views' rows. */
        String view() {
            return dimension == null ? "" : dimension.apiName();
        }
    }

    /** A group of the views' rows: its value and year where the answer groups by them, null otherwise. */
    private record ViewGroup(String value, Integer year) {
    }

    private AggregateAnswer fromViews(ViewAnswer view, List<Dimension> groupBy, String currency, AggregateFilter filter,
                                      int digits) {
        // a year range [from, to]; with no start, every member's first year (previous_year 0) counts
        int from = filter.fromYear() == null ? 1 : filter.fromYear();
        int to = filter.toYear() == null ? Integer.MAX_VALUE : filter.toYear();
        // the money of everything is the sum of the province rows: a project's shares add up to 1 over its provinces
        String moneyView = view.dimension() == null ? Dimension.PROVINCE.apiName() : view.view();
        // money per value and year, converted in SQL and summed over the groups here; each row names its currencies,
        // which with its year are the rates the answer needs
        Sql money = new Sql().add("SELECT nullif(m.value, '') AS value, m.year AS year, "
                + "string_agg(DISTINCT m.currency, ',') AS currencies, sum(");
        converted(money, "m", "committed", currency).add(") AS committed, sum(");
        converted(money, "m", "disbursed", currency).add(") AS disbursed, sum(");
        converted(money, "m", "planned", currency).add(") AS planned FROM aggregate_view_money m");
        joinRates(money, "m", currency).add(" WHERE m.dimension = ").param("view", moneyView)
                .add(" AND m.year BETWEEN ").param("from", from).add(" AND ").param("to", to);
        if (view.value() != null) {
            money.add(" AND m.value = ").param("value", view.value());
        }
        Map<ViewGroup, Figures> sums = new HashMap<>();
        Set<ExchangeRates.YearCurrency> sources = new HashSet<>();
        for (Tuple row : money.add(" GROUP BY m.value, m.year").rows(em)) {
            int year = number(row, "year").intValue();
            for (String source : row.get("currencies", String.class).split(",")) {
                sources.add(new ExchangeRates.YearCurrency(source, year));
            }
            ViewGroup group = new ViewGroup(view.byValue() ? row.get("value", String.class) : null, view.byYear() ? year : null);
            // a sum is null where a rate is missing: the answer is then the 422 below
            if (row.get("committed") != null) {
                sums.merge(group, Figures.NONE.plusMoney((BigDecimal) row.get("committed"), (BigDecimal) row.get("disbursed"),
                        (BigDecimal) row.get("planned")), Figures::plusMoney);
            }
        }
        List<RateUsed> ratesUsed = rates.require(sources, currency);

        List<Group> groups = new ArrayList<>();
        if (!groupBy.isEmpty()) {
            for (Tuple row : counts(view, groupBy, from, to).rows(em)) {
                ViewGroup group = new ViewGroup(row.get("value", String.class), (Integer) row.get("year"));
                List<Object> values = groupBy.stream()
                        .map(dimension -> dimension == Dimension.YEAR ? (Object) group.year() : group.value()).toList();
                groups.add(new Group(values, Map.of(), counted(sums.getOrDefault(group, Figures.NONE), row)));
            }
        }
        Figures all = Figures.NONE;
        for (Figures group : sums.values()) {
            all = all.plusMoney(group);
        }
        Figures totals = counted(all, counts(view, List.of(), from, to).rows(em).get(0));
        return AggregateAnswer.of(currency, groupBy, groups, totals, digits, ratesUsed);
    }

    /**
     * The distinct projects and organizations of the view's year chains: per group of the groupBy, or without one the
     * totals, from the view of the filter's dimension (of everything without a filter). A member counts in [from, to]
     * by the one chain row that starts there; grouped by year, it counts in each year it is present in, whatever its
     * previous one.
     */
    private static Sql counts(ViewAnswer view, List<Dimension> groupBy, int from, int to) {
        boolean totals = groupBy.isEmpty();
        boolean byValue = view.byValue() && !totals;
        boolean byYear = view.byYear() && !totals;
        Sql sql = new Sql().add("SELECT " + (byValue ? "nullif(value, '')" : "CAST(NULL AS varchar)") + " AS value, "
                        + (byYear ? "year" : "CAST(NULL AS int)") + " AS year,"
                        + " coalesce(sum(members) FILTER (WHERE counted = 'project'), 0) AS projects,"
                        + " coalesce(sum(members) FILTER (WHERE counted = 'organization'), 0) AS organizations"
                        + " FROM aggregate_view_count WHERE dimension = ")
                .param("view", totals && view.value() == null ? "" : view.view())
                .add(" AND year BETWEEN ").param("from", from).add(" AND ").param("to", to);
        if (!byYear) {
            sql.add(" AND previous_year < ").param("from", from);
        }
        if (view.value() != null) {
            sql.add(" AND value = ").param("value", view.value());
        }
        if (!totals) {
            List<String> keys = new ArrayList<>();
            if (byValue) {
                keys.add("value");
            }
            if (byYear) {
                keys.add("year");
            }
            sql.add(" GROUP BY " + String.join(", ", keys) + " ORDER BY " + groupBy.stream()
                    .map(dimension -> dimension == Dimension.YEAR ? "year" : "nullif(value, '')").collect(joining(", ")));
        }
        return sql;
    }

    private static Figures counted(Figures money, Tuple counts) {
        return new Figures(number(counts, "projects").longValue(), number(counts, "organizations").longValue(),
                money.committed(), money.disbursed(), money.planned());
    }

    private AggregateAnswer fromCells(List<Dimension> groupBy, String currency, AggregateFilter filter, int digits) {
        List<ExchangeRates.YearCurrency> sources = new ArrayList<>();
        for (Tuple row : splitRows(filter, currency).add("SELECT DISTINCT s.currency, s.year FROM split s").rows(em)) {
            sources.add(new ExchangeRates.YearCurrency(row.get("currency", String.class), number(row, "year").intValue()));
        }
        List<RateUsed> ratesUsed = rates.require(sources, currency);

        String columns = groupBy.stream().map(dimension -> "s." + dimension.column()).collect(joining(", "));
        Sql sql = splitRows(filter, currency).add("SELECT ");
        for (Dimension dimension : groupBy) {
            sql.add("s." + dimension.column() + ", ");
            dimension.label().ifPresent(label -> sql.add("min(s." + label.column() + ") AS " + label.column() + ", "));
        }
        sql.add("""
                count(DISTINCT s.project_id) AS projects, count(DISTINCT s.donor_key) AS organizations,
                coalesce(sum(s.committed), 0) AS committed, coalesce(sum(s.disbursed), 0) AS disbursed,
                coalesce(sum(s.planned), 0) AS planned
                """);
        if (!groupBy.isEmpty()) {
            sql.add(", grouping(" + columns + ") AS total\nFROM split s\nGROUP BY GROUPING SETS ((" + columns
                    + "), ())\nORDER BY " + columns);
        } else {
            sql.add("FROM split s");
        }

        List<Group> groups = new ArrayList<>();
        Figures totals = Figures.NONE;
        for (Tuple row : sql.rows(em)) {
            Figures figures = new Figures(number(row, "projects").longValue(), number(row, "organizations").longValue(),
                    (BigDecimal) row.get("committed"), (BigDecimal) row.get("disbursed"), (BigDecimal) row.get("planned"));
            if (groupBy.isEmpty() || number(row, "total").intValue() != 0) {
                totals = figures;
            } else {
                Map<Dimension, Object> labels = new HashMap<>();
                groupBy.forEach(dimension -> dimension.label().ifPresent(label -> labels.put(dimension, row.get(label.column()))));
                groups.add(new Group(groupBy.stream().map(dimension -> row.get(dimension.column())).toList(), labels, figures));
            }
        }
        return AggregateAnswer.of(currency, groupBy, groups, totals, digits, ratesUsed);
    }

    /**
     * A CTE {@code split}: the rollup's cells of the filtered set (migration V4: one row per project, province,
     * sector, year and currency with the money already split by the project's shares), each with its dimension values
     * under their cells' column names and its amounts converted into the asked currency with the rates of its year.
     */
    private Sql splitRows(AggregateFilter filter, String currency) {
        boolean current = filter.provinceVintage() == AggregateFilter.ProvinceVintage.CURRENT;
        Sql sql = new Sql().add("WITH split AS (\n  SELECT c.project_id, c.currency, ");
        for (Dimension dimension : Dimension.values()) {
            sql.add(cellValue(dimension, current) + " AS " + dimension.column() + ", ");
            dimension.label().ifPresent(label -> sql.add("c." + label.column() + ", "));
        }
        converted(sql, "c", "committed", currency).add(" AS committed, ");
        converted(sql, "c", "disbursed", currency).add(" AS disbursed, ");
        converted(sql, "c", "planned", currency).add(" AS planned\n  FROM aggregate_cell c");
        joinRates(sql, "c", currency);
        if (current) {
            sql.add(" LEFT JOIN " + successors + " AS succ(code, successor) ON succ.code = c.province");
        }
        String where = "\n  WHERE ";
        if (filter.fromYear() != null) {
            sql.add(where + "c.year >= ").param("fromYear", filter.fromYear());
            where = " AND ";
        }
        if (filter.toYear() != null) {
            sql.add(where + "c.year <= ").param("toYear", filter.toYear());
            where = " AND ";
        }
        for (Dimension dimension : Dimension.values()) {
            Object value = dimension.filtered(filter);
            if (value != null) {
                sql.add(where + cellValue(dimension, current) + " = ").param(dimension.apiName(), value);
                where = " AND ";
            }
        }
        return sql.add("\n)\n");
    }

    /** A dimension's value of a cell {@code c}: a province rolled up to its successor when the current ones are asked. */
    private static String cellValue(Dimension dimension, boolean currentProvinces) {
        return dimension == Dimension.PROVINCE && currentProvinces ? "coalesce(succ.successor, c.province)"
                : "c." + dimension.column();
    }

    /**
     * An amount column of rows (alias {@code rows}) in their own currency and year, converted into the asked one by the
     * schema's {@code convert_with_rates} (migration V9, the formula of {@code convert_amount}) with the rates
     * {@link #joinRates} joins.
     */
    private static Sql converted(Sql sql, String rows, String column, String target) {
        return sql.add("convert_with_rates(" + rows + "." + column + ", " + rows + ".currency, ").param("target", target)
                .add(", rf.units_per_usd, rt.units_per_usd)");
    }

    /**
     * The rates of the rows' currency and of the asked one in the rows' year, joined once per query instead of looked
     * up per row (as {@code convert_amount} does).
     */
    private static Sql joinRates(Sql sql, String rows, String target) {
        return sql.add("\n  LEFT JOIN exchange_rate rf ON rf.currency = %1$s.currency AND rf.year = %1$s.year".formatted(rows))
                .add("\n  LEFT JOIN exchange_rate rt ON rt.currency = ").param("target", target)
                .add(" AND rt.year = " + rows + ".year");
    }

    private static Number number(Tuple row, String column) {
        return (Number) row.get(column);
    }
}
