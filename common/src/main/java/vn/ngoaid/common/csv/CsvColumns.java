package vn.ngoaid.common.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
