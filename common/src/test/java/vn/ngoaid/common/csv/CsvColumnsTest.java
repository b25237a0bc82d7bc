package vn.ngoaid.common.csv;

import org.junit.jupiter.api.Test;
import vn.ngoaid.common.testing.CsvText;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvColumnsTest {

    record Party(String name, String countryCode) {
    }

    record Agreement(String title, Party counterpart, List<String> sectors, LocalDate signedOn, int copies, String hidden) {
    }

    private static List<List<String>> write(CsvColumns<Agreement> columns, Agreement... rows) throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter<Agreement> writer = new CsvWriter<>(out, columns);
        writer.header();
        for (Agreement row : rows) {
            writer.row(row);
        }
        return CsvText.lines(out.toString());
    }

    @Test
    void componentsInOrderNestedFlattenedListsJoinedTextGuardedSkippedLeftOut() throws Exception {
        var rows = write(CsvColumns.ofComponents(Agreement.class, "hidden"),
                new Agreement("=cmd", new Party("Guangxi", "CN"), List.of("31120", "31194"), LocalDate.of(2009, 4, 15), -2, "x"),
                new Agreement("Plain", null, null, null, 0, "y"));
        assertEquals(List.of("title", "counterpartName", "counterpartCountryCode", "sectors", "signedOn", "copies"), rows.get(0));
        assertEquals(List.of("'=cmd", "Guangxi", "CN", "31120|31194", "2009-04-15", "-2"), rows.get(1));
        assertEquals(List.of("Plain", "", "", "", "", "0"), rows.get(2));
    }

    @Test
    void aPartsColumnsFollowTheRowsOwn() throws Exception {
        var columns = CsvColumns.of(Agreement.class).text("title", Agreement::title)
                .with(Agreement::counterpart, CsvColumns.of(Party.class).text("country", Party::countryCode));
        var rows = write(columns, new Agreement("T", new Party("N", "LA"), List.of(), null, 1, null));
        assertEquals(List.of(List.of("title", "country"), List.of("T", "LA")), rows);
    }
}
