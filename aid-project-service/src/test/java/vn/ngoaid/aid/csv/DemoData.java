package vn.ngoaid.aid.csv;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo data set of {@code deploy/demo-data} (aid.json, registry.json) and the two CSV files written from it next
 * to it, {@code projects.csv} and {@code transactions.csv}. A registered donor, named in aid.json by its registry key
 * {@code "DE/Terre des Hommes Deutschland"}, is written as donorName and donorCountryCode with no id and no type, so
 * that the import finds it in whichever registry it runs against.
 */
final class DemoData {

    static final Path FOLDER = Path.of("../deploy/demo-data/src/main/resources/demo");
    static final Path PROJECTS_CSV = FOLDER.resolve("projects.csv");
    static final Path TRANSACTIONS_CSV = FOLDER.resolve("transactions.csv");

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private DemoData() {
    }

    static JsonNode aid() {
        return read("aid.json");
    }

    static JsonNode registry() {
        return read("registry.json");
    }

    private static JsonNode read(String file) {
        try {
            return JSON.readTree(FOLDER.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** projects.csv as it must be: the header of the shared format, then one row per project of aid.json. */
    static String projectsCsv() {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode p : aid().path("projects")) {
            JsonNode donor = p.path("donor");
            String name, type = "", country;
            if (donor.has("organization")) {
                String key = donor.path("organization").asText();
                country = key.substring(0, key.indexOf('/'));
                name = key.substring(key.indexOf('/') + 1);
            } else {
                name = donor.path("name").asText();
                type = donor.path("type").asText();
                country = text(donor, "countryCode");
            }
            List<String> sectors = new ArrayList<>();
            p.path("sectors").forEach(s -> sectors.add(s.path("code").asText() + share(s)));
            List<String> locations = new ArrayList<>();
            p.path("locations").forEach(l -> locations.add(l.path("province").asText()
                    + (l.hasNonNull("district") ? "/" + l.path("district").asText() : "") + share(l)));
            JsonNode decision = p.path("approvalDecision");
            rows.add(List.of(p.path("code").asText(), p.path("title").asText(), text(p, "localTitle"), "", name, type, country,
                    p.path("modality").asText(), String.join("|", sectors), String.join("|", locations),
                    p.path("approvalLevel").asText(), text(decision, "number"), text(decision, "date"),
                    text(decision, "authority"), text(p, "startDate"), text(p, "endDate"), text(p, "status"),
                    p.path("currency").asText(), "", plan(p), implementers(p)));
        }
        return csv(ProjectCsv.IMPORT.importable(), rows);
    }

    /** {@code 2019:1500000000|2020:2000000000} */
    private static String plan(JsonNode project) {
        List<String> years = new ArrayList<>();
        project.path("plannedDisbursements").forEach(d -> years.add(d.path("year").asText() + ":"
                + d.path("amount").decimalValue().stripTrailingZeros().toPlainString()));
        return String.join("|", years);
    }

    /** {@code PROJECT_OWNER:DISTRICT:name:Vietnamese name|…}, the names' separators escaped with a backslash */
    private static String implementers(JsonNode project) {
        List<String> items = new ArrayList<>();
        project.path("implementers").forEach(i -> items.add(i.path("role").asText() + ":" + i.path("type").asText() + ":"
                + escaped(i.path("name").asText()) + (i.hasNonNull("localName") ? ":" + escaped(i.path("localName").asText()) : "")));
        return String.join("|", items);
    }

    private static String escaped(String name) {
        return name.replace("\\", "\\\\").replace(":", "\\:").replace("|", "\\|");
    }

    /** transactions.csv: every transaction of aid.json, project by project in the file's order. */
    static String transactionsCsv() {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode p : aid().path("projects")) {
            for (JsonNode t : p.path("transactions")) {
                rows.add(List.of(p.path("code").asText(), t.path("type").asText(), t.path("date").asText(),
                        t.path("amount").decimalValue().toPlainString(), text(t, "currency"), text(t, "description"), ""));
            }
        }
        return csv(TransactionCsv.IMPORT.importable(), rows);
    }

    private static String share(JsonNode item) {
        return item.hasNonNull("percentage") ? ":" + new BigDecimal(item.path("percentage").asText()).toPlainString() : "";
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).asText() : "";
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes both files: {@code ./mvnw -B -o verify -pl aid-project-service -Dtest=DemoCsvFilesTest -Ddemo.csv.write=true}. */
    static void write() throws IOException {
        Files.writeString(PROJECTS_CSV, projectsCsv());
        Files.writeString(TRANSACTIONS_CSV, transactionsCsv());
    }
}
