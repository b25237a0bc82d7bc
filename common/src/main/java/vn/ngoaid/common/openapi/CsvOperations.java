package vn.ngoaid.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import vn.ngoaid.common.csv.CsvExport;

import java.util.List;

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
        operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription()) + HINT);
        operation.addParameter(OASFactory.createParameter().name(CsvExport.FORMAT).in(Parameter.In.QUERY)
                .description("`csv` answers CSV whatever the Accept header; `json` answers JSON")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).enumeration(List.of("csv", "json"))));
        operation.addParameter(OASFactory.createParameter().name(CsvExport.BOM).in(Parameter.In.QUERY)
                .description("With CSV: `true` starts the file with a UTF-8 byte order mark (for Excel)")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN)).defaultValue(false)));
        return operation;
    }
}
