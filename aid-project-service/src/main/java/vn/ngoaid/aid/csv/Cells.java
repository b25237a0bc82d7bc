package vn.ngoaid.aid.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Reads cells of one row, collecting what cannot be read instead of stopping at the first. */
final class Cells {

    private final CsvFile.Row row;
    final List<ImportReport.RowProblem> problems = new ArrayList<>();

    Cells(CsvFile.Row row) {
        this.row = row;
    }

    void problem(String column, String message) {
        problems.add(new ImportReport.RowProblem(row.number(), column, message));
    }

    <T> T parse(String column, BiFunction<String, String, T> parse, String expected) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(column, value);
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            problem(column, "'" + value + "' is not " + expected);
            return null;
        }
    }

    LocalDate date(String column) {
        return parse(column, (c, v) -> LocalDate.parse(v), "a date (YYYY-MM-DD)");
    }

    BigDecimal decimal(String column) {
        return parse(column, (c, v) -> new BigDecimal(v), "a number with a point as decimal separator (12500.50)");
    }

    /** Items separated by {@code |}; an empty cell is an empty list, which Bean Validation refuses. */
    <T> List<T> list(String column, Function<String, T> item) {
        String value = row.get(column);
        List<T> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        for (String part : value.split("\\|")) {
            try {
                items.add(item.apply(part));
            } catch (NumberFormatException e) {
                problem(column, "'" + part.trim() + "' has a percentage that is not a number; write items as "
                        + ("sectors".equals(column) ? "12220:60|11220:40" : "12/Phong Thổ:100|20"));
            }
        }
        return items;
    }
}
