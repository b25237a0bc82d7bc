package vn.ngoaid.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import vn.ngoaid.common.csv.CsvExport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents the CSV exports once for every operation that produces {@code text/csv} (see {@link CsvExport}): the CSV
 * body as text, the {@code format} and {@code bom} query parameters, and a hint in the description.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CsvOperations implements OASFilter {

    static final String HINT = "\n\nAdd `Accept: text/csv` (or `format=csv`, for a browser link) for a spreadsheet "
            + "(`.csv`, UTF-8, RFC 4180; `bom=true` adds the byte order mark Excel needs for Vietnamese text): every "
            + "row matching the filters, in the asked order, streamed; `page` and `size` do not apply. Column names "
            + "are the JSON field names whatever the language.";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        MediaType csv = ok == null || ok.getContent() == null ? null : ok.getContent().getMediaType(CsvExport.TEXT_CSV);
        if (csv == null) {
            return operation;
        }
        csv.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .description("CSV: a header line of column names, then one line per row"));
        if (csv.getExamples() != null) {
            // an example written for the JSON answer, shown as the CSV of its rows
            Map<String, Example> examples = new LinkedHashMap<>();
            csv.getExamples().forEach((name, example) -> {
                String text = csvOf(example.getValue());
                if (text != null) {
                    examples.put(name, OASFactory.createExample().summary(example.getSummary()).value(text));
                }
            });
            csv.setExamples(examples.isEmpty() ? null : examples);
        }
        operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription()) + HINT);
        operation.addParameter(OASFactory.createParameter().name(CsvExport.FORMAT).in(Parameter.In.QUERY)
                .description("`csv` answers CSV whatever the Accept header; `json` answers JSON")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).enumeration(List.of("csv", "json"))));
        operation.addParameter(OASFactory.createParameter().name(CsvExport.BOM).in(Parameter.In.QUERY)
                .description("With CSV: `true` starts the file with a UTF-8 byte order mark (for Excel)")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN)).defaultValue(false)));
        return operation;
    }

    /** The CSV of a JSON answer's {@code rows} (or a page's {@code items}): a header of their keys, a line each. */
    static String csvOf(Object answer) {
        Object rows = answer instanceof Map<?, ?> map ? (map.containsKey("rows") ? map.get("rows") : map.get("items")) : null;
        if (!(rows instanceof List<?> list) || list.isEmpty() || !(list.get(0) instanceof Map<?, ?> first)) {
            return null;
        }
        StringBuilder text = new StringBuilder(String.join(",", first.keySet().stream().map(String::valueOf).toList()))
                .append("\r\n");
        for (Object row : list) {
            List<String> cells = new ArrayList<>();
            for (Object key : first.keySet()) {
                Object value = ((Map<?, ?>) row).get(key);
                String cell = value == null ? "" : value instanceof List<?> items
                        ? String.join("|", items.stream().map(String::valueOf).toList()) : String.valueOf(value);
                cells.add(cell.matches(".*[,\"\r\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            text.append(String.join(",", cells)).append("\r\n");
        }
        return text.toString();
    }
}
