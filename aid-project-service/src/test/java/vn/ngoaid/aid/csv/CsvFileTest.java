package vn.ngoaid.aid.csv;

import org.junit.jupiter.api.Test;
import vn.ngoaid.common.api.ApiException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reading of an uploaded file, without the service: delimiter, BOM, quoting, row numbers, refusals. */
class CsvFileTest {

    private static final ImportColumns COLUMNS = new ImportColumns(List.of("code", "title"), Set.of("code"), List.of("id"));

    private static CsvFile parse(String text) {
        return CsvFile.parse(text.getBytes(StandardCharsets.UTF_8), COLUMNS);
    }

    @Test
    void theHeaderLineChoosesCommaOrSemicolonOutsideQuotes() {
        CsvFile semicolons = parse("\uFEFFcode;title;id\r\nA;\"x, y\";1\r\n\r\nB;\"two\nlines\";2\r\n");
        assertEquals(List.of("code", "title", "id"), semicolons.header());
        assertEquals("x, y", semicolons.rows().get(0).get("title"));
        assertEquals(2, semicolons.rows().get(1).number());
        assertEquals("two\nlines", semicolons.rows().get(1).get("title"));
        CsvFile commas = parse("code,title\nA,\"a; b; c\"\n");
        assertEquals("a; b; c", commas.rows().get(0).get("title"));
        assertEquals("=SUM(A1)", parse("code,title\nA,'=SUM(A1)\n").rows().get(0).get("title"));
    }

    @Test
    void aRowOfOtherWidthABrokenQuoteAndAnUnknownColumnAre400() {
        ApiException width = assertThrows(ApiException.class, () -> parse("code,title\nA,b\nB,c,d\n"));
        assertEquals("row 2", width.errors().get(0).field());
        ApiException quote = assertThrows(ApiException.class, () -> parse("code,title\nA,\"open\n"));
        assertTrue(quote.errors().get(0).message().startsWith("is not well-formed CSV"), quote.errors().get(0).message());
        ApiException unknown = assertThrows(ApiException.class, () -> parse("code;colour\nA;red\n"));
        assertTrue(unknown.errors().get(0).message().contains("'colour'"), unknown.errors().get(0).message());
    }
}
