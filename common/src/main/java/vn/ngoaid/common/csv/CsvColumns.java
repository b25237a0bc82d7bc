package vn.ngoaid.common.csv;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of one CSV export, declared once per list: a machine-readable name (the JSON field name, whatever the
 * caller's language) and how a row gives its cell. Text columns are guarded against spreadsheet formulas; value
 * columns (numbers, dates, codes, ids, enum names) are written as they are, so a negative amount stays a number.
 */
public final class CsvColumns<T> {

    record Column<T>(String name, Function<? super T, ?> value, boolean text) {
    }

    private final List<Column<T>> columns = new ArrayList<>();

    private CsvColumns() {
    }

    public static <T> CsvColumns<T> of(Class<T> type) {
        return new CsvColumns<>();
    }

    /**
     * The columns of a record's components in their order, but the {@code skipped} ones: a nested record's components
     * flattened under its name ({@code counterpart.kind} is {@code counterpartKind}), a list joined with {@code |},
     * a string as text, anything else as a value.
     */
    public static <T extends Record> CsvColumns<T> ofComponents(Class<T> type, String... skipped) {
        CsvColumns<T> columns = new CsvColumns<>();
        Set<String> skip = Set.of(skipped);
        for (RecordComponent component : type.getRecordComponents()) {
            if (!skip.contains(component.getName())) {
                columns.add(component, "", row -> row);
            }
        }
        return columns;
    }

    private void add(RecordComponent component, String prefix, Function<T, ?> owner) {
        String name = prefix.isEmpty() ? component.getName()
                : prefix + Character.toUpperCase(component.getName().charAt(0)) + component.getName().substring(1);
        Function<T, Object> value = row -> {
            Object of = owner.apply(row);
            try {
                return of == null ? null : component.getAccessor().invoke(of);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        };
        Class<?> type = component.getType();
        if (type.isRecord()) {
            for (RecordComponent nested : type.getRecordComponents()) {
                add(nested, name, value);
            }
        } else if (List.class.isAssignableFrom(type)) {
            value(name, row -> value.apply(row) instanceof List<?> list
                    ? list.stream().map(String::valueOf).collect(Collectors.joining("|")) : null);
        } else if (type == String.class) {
            text(name, value);
        } else {
            value(name, value);
        }
    }

    /** Columns of rows that are maps of field name to value, as aggregates and statistics answer them. */
    public static CsvColumns<Map<String, Object>> forMaps() {
        return new CsvColumns<>();
    }

    /** Value columns of map rows, one per key: a statistics answer's dimensions, then its figures. */
    public static CsvColumns<Map<String, Object>> ofKeys(List<String> dimensions, List<String> figures) {
        CsvColumns<Map<String, Object>> columns = forMaps();
        for (String key : dimensions) {
            columns.value(key, row -> row.get(key));
        }
        for (String key : figures) {
            columns.value(key, row -> row.get(key));
        }
        return columns;
    }

    /** Free text a person typed: a cell starting with {@code = + - @} gets a leading apostrophe. */
    public CsvColumns<T> text(String name, Function<? super T, ?> value) {
        columns.add(new Column<>(name, value, true));
        return this;
    }

    /** A number, date, timestamp, code, id or enum name, written as is. */
    public CsvColumns<T> value(String name, Function<? super T, ?> value) {
        columns.add(new Column<>(name, value, false));
        return this;
    }

    /** The columns of a part of the row, e.g. its {@link vn.ngoaid.common.record.Stamps}, after those so far. */
    public <P> CsvColumns<T> with(Function<? super T, P> part, CsvColumns<P> partColumns) {
        for (Column<P> column : partColumns.columns) {
            columns.add(new Column<>(column.name(), row -> {
                P of = part.apply(row);
                return of == null ? null : column.value().apply(of);
            }, column.text()));
        }
        return this;
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    List<Column<T>> columns() {
        return columns;
    }

    /** The cell text of a value column: plain decimals (no exponent), ISO dates and timestamps, enum names. */
    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }
}
