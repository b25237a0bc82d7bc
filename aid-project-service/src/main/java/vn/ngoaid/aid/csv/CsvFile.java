package vn.ngoaid.aid.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.csv.CsvWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An uploaded CSV file read whole: UTF-8 with or without a byte-order mark (anything not UTF-8 is a 400), comma or
 * semicolon as the header line uses it, RFC 4180 quoting (delimiters, quotes and line breaks inside quoted fields).
 * The header must consist of the known columns, the required ones present; columns an export adds after the
 * importable ones are accepted and ignored.
 */
final class CsvFile {

    /** One data row; {@code number} counts data rows from 1 (the header is row 0). */
    record Row(int number, Map<String, String> values) {

        /**
         * The trimmed value, null when the column is absent or the cell blank; the apostrophe an export puts before
         * a text that looks like a spreadsheet formula is dropped.
         */
        String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : CsvWriter.unguard(value.trim());
        }
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvFile(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    static CsvFile parse(byte[] body, ImportColumns columns) {
        List<String> importable = columns.importable();
        String text = decode(body);
        if (text.isBlank()) {
            throw ApiException.invalid("body", "is empty: a CSV file starts with its header line ("
                    + String.join(",", importable) + ")");
        }
        char delimiter = delimiter(text);
        try (CSVParser parser = CSVParser.parse(text, format(delimiter))) {
            List<String> header = null;
            Map<String, Integer> positions = new HashMap<>();
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = checkHeader(record.toList(), columns);
                    for (int i = 0; i < header.size(); i++) {
                        positions.put(header.get(i), i);
                    }
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    throw ApiException.invalid("row " + (rows.size() + 1), "has " + record.size() + " fields, the header "
                            + header.size() + " (a field with the delimiter '" + delimiter + "' or a line break must be in "
                            + "double quotes)");
                }
                Map<String, String> values = new HashMap<>();
                for (String column : importable) {
                    Integer at = positions.get(column);
                    if (at != null) {
                        values.put(column, record.get(at));
                    }
                }
                rows.add(new Row(rows.size() + 1, values));
            }
            return new CsvFile(header, rows);
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            // commons-csv reports a quote left open or text after a closing quote with these
            throw ApiException.invalid("body", "is not well-formed CSV: " + e.getMessage());
        }
    }

    private static String decode(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ApiException.invalid("body", "is not UTF-8 text; save the file as UTF-8 (with or without BOM)");
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    }

    /** The delimiter of the header line: the one of comma and semicolon that splits it into more fields (comma on a tie). */
    private static char delimiter(String text) {
        return headerFields(text, ';') > headerFields(text, ',') ? ';' : ',';
    }

    /** The fields of the first line (even an empty one) read with this delimiter; none when it is not well-formed. */
    private static int headerFields(String text, char delimiter) {
        try (CSVParser parser = CSVParser.parse(text, format(delimiter).builder().setIgnoreEmptyLines(false).get())) {
            Iterator<CSVRecord> records = parser.iterator();
            return records.hasNext() ? records.next().size() : 0;
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            return 0;
        }
    }

    private static List<String> checkHeader(List<String> given, ImportColumns columns) {
        List<String> importable = columns.importable();
        List<String> header = given.stream().map(String::trim).toList();
        Set<String> seen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String column : header) {
            if (!seen.add(column)) {
                throw ApiException.invalid("header", "names column '" + column + "' twice");
            }
            if (!importable.contains(column) && !columns.readOnly().contains(column)) {
                unknown.add(column);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("header", "unknown column" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown.stream().map(c -> "'" + c + "'").toList()) + "; the columns are "
                    + String.join(",", importable) + " (and, ignored, the read-only " + String.join(",", columns.readOnly()) + ")");
        }
        List<String> missing = columns.required().stream().filter(c -> !seen.contains(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw ApiException.invalid("header", "misses the required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing));
        }
        return header;
    }
}
