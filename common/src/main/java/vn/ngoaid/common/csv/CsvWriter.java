package vn.ngoaid.common.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: comma separated, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF (or
 * begins or ends with a space), quotes doubled inside quotes.
 *
 * <p>Formula injection: a spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or
 * CR as a formula. Text columns starting so get a leading apostrophe ({@code '=SUM(A1)}), which spreadsheets show as
 * text; an importer reading such a cell drops one leading apostrophe before one of those characters. Value columns
 * are never changed, so {@code -500} stays a number.
 */
public final class CsvWriter<T> {

    private final Writer out;
    private final CsvColumns<T> columns;

    public CsvWriter(Writer out, CsvColumns<T> columns) {
        this.out = out;
        this.columns = columns;
    }

    public void header() throws IOException {
        line(columns.names());
    }

    public void row(T item) throws IOException {
        List<CsvColumns.Column<T>> all = columns.columns();
        for (int i = 0; i < all.size(); i++) {
            CsvColumns.Column<T> column = all.get(i);
            Object value = column.value().apply(item);
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(column.text() ? guard(value == null ? "" : value.toString()) : CsvColumns.format(value)));
        }
        out.write("\r\n");
    }

    private void line(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String guard(String text) {
        return !text.isEmpty() && startsLikeAFormula(text, 0) ? "'" + text : text;
    }

    /** A cell as it was before {@link #guard}: an importer reads it so, and an export imports again unchanged. */
    public static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeAFormula(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean startsLikeAFormula(String text, int at) {
        char first = text.charAt(at);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0
                || (!field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' '));
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
