package vn.ngoaid.common.csv;

import org.junit.jupiter.api.Test;
import vn.ngoaid.common.testing.CsvText;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvWriterTest {

    record Row(String text, BigDecimal amount) {
    }

    private static String write(Row... rows) throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter<Row> writer = new CsvWriter<>(out, CsvColumns.of(Row.class).text("text", Row::text).value("amount", Row::amount));
        writer.header();
        for (Row row : rows) {
            writer.row(row);
        }
        return out.toString();
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAndKeepsVietnamese() throws Exception {
        String csv = write(new Row("Bản Lang, Phong Thổ", new BigDecimal("1")), new Row("say \"xin chào\"", null),
                new Row("two\r\nlines", new BigDecimal("2.50")), new Row(" padded ", null));
        assertEquals("text,amount\r\n\"Bản Lang, Phong Thổ\",1\r\n\"say \"\"xin chào\"\"\",\r\n\"two\r\nlines\",2.50\r\n\" padded \",\r\n", csv);
        assertEquals(List.of("two\r\nlines", "2.50"), CsvText.lines(csv).get(3));
    }

    @Test
    void guardsTextThatASpreadsheetWouldRunButNotNegativeNumbers() throws Exception {
        String csv = write(new Row("=HYPERLINK(\"http://x\")", new BigDecimal("-500")), new Row("+84 912", new BigDecimal("1E+3")),
                new Row("-", null), new Row("@SUM(A1)", null), new Row("\tx", null), new Row("a=b", null));
        assertEquals(List.of(List.of("text", "amount"), List.of("'=HYPERLINK(\"http://x\")", "-500"), List.of("'+84 912", "1000"),
                List.of("'-", ""), List.of("'@SUM(A1)", ""), List.of("'\tx", ""), List.of("a=b", "")), CsvText.lines(csv));
    }
}
