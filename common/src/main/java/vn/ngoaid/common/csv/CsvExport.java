package vn.ngoaid.common.csv;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ngoaid.common.api.ApiException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV answers of list, aggregate and statistics endpoints. A resource asks {@link #requested()} and, if so, answers
 * {@link #stream} instead of its JSON page. The rows are written while they are read (see {@link CsvRows}), inside one
 * read transaction of their own, so memory does not grow with the number of rows; page and size do not apply, the
 * filters and the sort do.
 *
 * <p>CSV is chosen by {@code Accept: text/csv} (when it ranks before JSON) or by {@code format=csv}, for browser
 * links; {@code format=json} forces JSON and any other value is 400. {@code bom=true} starts the file with a UTF-8
 * byte order mark, which Excel needs to read Vietnamese text; without it the file is plain UTF-8, as importers expect.
 */
@RequestScoped
public class CsvExport {

    public static final String TEXT_CSV = "text/csv";
    private static final MediaType TEXT_CSV_TYPE = new MediaType("text", "csv");
    public static final String FORMAT = "format";
    public static final String BOM = "bom";
    /** Longest export: a read transaction of its own that may outlast the default 60 s for millions of rows. */
    private static final int EXPORT_TIMEOUT_SECONDS = 3600;

    private final HttpHeaders headers;
    private final UriInfo uri;

    @Inject
    public CsvExport(HttpHeaders headers, UriInfo uri) {
        this.headers = headers;
        this.uri = uri;
    }

    /** True when the caller asked for CSV; 400 for an unknown {@code format} or {@code bom}. */
    public boolean requested() {
        bom();
        List<String> formats = uri.getQueryParameters().get(FORMAT);
        if (formats != null && !formats.isEmpty()) {
            String format = formats.get(formats.size() - 1);
            if (formats.size() > 1 || !(format.equals("csv") || format.equals("json"))) {
                throw ApiException.invalid(FORMAT, "must be csv or json, given once");
            }
            return format.equals("csv");
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            // */* is compatible with both: JSON stays the default
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(TEXT_CSV_TYPE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The CSV answer: {@code text/csv; charset=UTF-8}, {@code Content-Disposition: attachment; filename="<name>"},
     * the header line of {@code columns}, then every row. Typed as the JSON answer so one resource method serves both.
     */
    @SuppressWarnings("unchecked")
    public <J, T> RestResponse<J> stream(String fileName, CsvColumns<T> columns, CsvRows<T> rows) {
        boolean bom = bom();
        CsvBody body = new CsvBody(output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            if (bom) {
                writer.write('\uFEFF');
            }
            CsvWriter<T> csv = new CsvWriter<>(writer, columns);
            csv.header();
            try {
                QuarkusTransaction.requiringNew().timeout(EXPORT_TIMEOUT_SECONDS).run(() -> rows.forEach(row -> {
                    try {
                        csv.row(row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        });
        return (RestResponse<J>) RestResponse.ResponseBuilder.ok(body, TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.VARY, "Accept")
                .build();
    }

    /** The JSON answer, typed as JSON even when {@code format=json} overrides an {@code Accept: text/csv}. */
    public <J> RestResponse<J> json(J body) {
        return RestResponse.ResponseBuilder.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private boolean bom() {
        List<String> values = uri.getQueryParameters().get(BOM);
        if (values == null || values.isEmpty()) {
            return false;
        }
        if (values.size() > 1 || !(values.get(0).equals("true") || values.get(0).equals("false"))) {
            throw ApiException.invalid(BOM, "must be true or false, given once");
        }
        return values.get(0).equals("true");
    }
}
