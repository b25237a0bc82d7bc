package vn.ngoaid.aid.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads cells of one row, collecting what cannot be read instead of stopping at the first. A list cell holds items
 * separated by {@code |}, each of parts separated by {@code :} ({@code 12220:60|11220:40}); a backslash takes the
 * character after it as it is, so a name may hold {@code |}, {@code :} and {@code \} ({@link #listCell} writes them
 * so). Commas, semicolons and quotes need nothing of this: the CSV quoting of the whole cell carries them.
 */
final class Cells {

    private static final char ITEMS = '|';
    private static final char PARTS = ':';
    private static final char ESCAPE = '\\';

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

    /**
     * The items of a list cell, blank ones skipped; an empty cell is an empty list, which Bean Validation refuses where
     * a list is required. An item of more than {@code parts} parts, or that {@code item} cannot read (it throws
     * {@link IllegalArgumentException}, as number parsing and {@code Enum.valueOf} do), is a problem of the column.
     */
    <T> List<T> list(String column, int parts, Function<Item, T> item, String expected) {
        String value = row.get(column);
        List<T> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        for (String text : split(value, ITEMS)) {
            if (text.isBlank()) {
                continue;
            }
            List<String> split = split(text, PARTS).stream().map(p -> unescaped(p).trim()).toList();
            try {
                if (split.size() > parts) {
                    throw new IllegalArgumentException();
                }
                items.add(item.apply(new Item(split)));
            } catch (IllegalArgumentException e) {
                problem(column, "'" + text.trim() + "' is not " + expected);
            }
        }
        return items;
    }

    /** The parts of one item of a list cell, unescaped and trimmed. */
    record Item(List<String> parts) {

        /** The part at {@code index}; unreadable when absent or blank. */
        String required(int index) {
            String part = optional(index);
            if (part == null) {
                throw new IllegalArgumentException();
            }
            return part;
        }

        /** The part at {@code index}, null when absent or blank. */
        String optional(int index) {
            return index < parts.size() && !parts.get(index).isEmpty() ? parts.get(index) : null;
        }

        /** The number at {@code index}, null when absent or blank. */
        BigDecimal decimal(int index) {
            String part = optional(index);
            return part == null ? null : new BigDecimal(part);
        }
    }

    /**
     * A list cell as {@link #list} reads it: the items' {@code parts} (trailing nulls left out: optional parts at the
     * end) escaped and joined.
     */
    static <T> String listCell(List<T> items, Function<T, List<String>> parts) {
        return items.stream().map(item -> {
            List<String> all = parts.apply(item);
            int end = all.size();
            while (end > 0 && all.get(end - 1) == null) {
                end--;
            }
            return all.subList(0, end).stream().map(Cells::escaped).collect(Collectors.joining(String.valueOf(PARTS)));
        }).collect(Collectors.joining(String.valueOf(ITEMS)));
    }

    /** The text split at each {@code separator} not escaped; the escapes are kept for the next split. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE) {
                i++;
            } else if (c == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String unescaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // a backslash at the very end has nothing to escape: it stays
            out.append(c == ESCAPE && i + 1 < text.length() ? text.charAt(++i) : c);
        }
        return out.toString();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == ESCAPE || c == ITEMS || c == PARTS) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }
}
