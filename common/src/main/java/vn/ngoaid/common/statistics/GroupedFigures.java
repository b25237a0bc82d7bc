package vn.ngoaid.common.statistics;

import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures per group of the asked dimensions and over everything, from one query grouped by
 * {@code GROUPING SETS ((dimensions), ())}: the grand-total row is the one {@code grouping(...)} marks. A statistics
 * service gives each dimension's and each figure's SQL and writes what comes between (FROM, joins, WHERE).
 */
public final class GroupedFigures {

    private final List<String> groupBy;
    private final List<String> expressions;
    private final Map<String, String> figures;

    /**
     * @param groupBy    the dimensions asked for, in order
     * @param dimensions API name of each dimension → its SQL expression
     * @param figures    API name of each figure → its SQL aggregate, in the order of the answer
     */
    public GroupedFigures(List<String> groupBy, Map<String, String> dimensions, Map<String, String> figures) {
        this.groupBy = groupBy;
        this.expressions = groupBy.stream().map(dimensions::get).toList();
        this.figures = figures;
    }

    /** {@code SELECT} the dimensions, the figures and, with dimensions, the grand-total marker. */
    public String select() {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < groupBy.size(); i++) {
            columns.add(expressions.get(i) + " AS " + groupBy.get(i));
        }
        figures.forEach((name, aggregate) -> columns.add(aggregate + " AS " + name));
        if (!groupBy.isEmpty()) {
            columns.add("grouping(" + String.join(", ", expressions) + ") AS total_row");
        }
        return "SELECT " + String.join(", ", columns);
    }

    /** The grouping and the order of the rows; nothing without dimensions. */
    public String groupBy() {
        if (groupBy.isEmpty()) {
            return "";
        }
        String dimensions = String.join(", ", expressions);
        return "GROUP BY GROUPING SETS ((" + dimensions + "), ())\nORDER BY " + dimensions;
    }

    /** One row per group (dimension values by name, then the figures) and the totals; without dimensions one row, the totals. */
    public Answer read(Query query) {
        if (groupBy.isEmpty()) {
            Object result = query.getSingleResult();
            Map<String, Object> totals = figures(result instanceof Object[] values ? values : new Object[]{result}, 0);
            return new Answer(List.of(totals), totals);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> totals = figures(new Object[figures.size()], 0);
        @SuppressWarnings("unchecked")
        List<Object[]> results = query.getResultList();
        for (Object[] result : results) {
            Map<String, Object> values = figures(result, groupBy.size());
            if (((Number) result[groupBy.size() + figures.size()]).intValue() != 0) {
                totals = values;
            } else {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < groupBy.size(); i++) {
                    row.put(groupBy.get(i), result[i]);
                }
                row.putAll(values);
                rows.add(row);
            }
        }
        return new Answer(rows, totals);
    }

    private Map<String, Object> figures(Object[] result, int offset) {
        Map<String, Object> values = new LinkedHashMap<>();
        int i = offset;
        for (String name : figures.keySet()) {
            Object value = result[i++];
            values.put(name, value == null ? 0L : ((Number) value).longValue());
        }
        return values;
    }

    public record Answer(List<Map<String, Object>> rows, Map<String, Object> totals) {
    }
}
