package vn.ngoaid.common.testing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an RFC 4180 CSV answer in tests: quoted fields may hold commas, doubled quotes and line breaks. */
public final class CsvText {

    private CsvText() {
    }

    /** Every line as its fields, the header line first; CRLF line ends are required, as the services write them. */
    public static List<List<String>> lines(String text) {
        List<List<String>> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            for (int i = 0; i < records.size(); i++) {
                long end = i + 1 < records.size() ? records.get(i + 1).getCharacterPosition() : text.length();
                if (!text.startsWith("\r\n", (int) end - 2)) {
                    throw new AssertionError("CSV line " + (i + 1) + " does not end with CRLF: " + text);
                }
                lines.add(records.get(i).toList());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new AssertionError("not well-formed CSV: " + text, e);
        }
        return lines;
    }

    /** The data lines as maps from the header's column names to the cells. */
    public static List<Map<String, String>> rows(String text) {
        List<List<String>> lines = lines(text);
        List<String> header = lines.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            if (line.size() != header.size()) {
                throw new AssertionError("line of " + line.size() + " fields under a header of " + header.size() + ": " + line);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), line.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
