package vn.ngoaid.common.csv;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * {@code format=csv} or {@code format=json} stands for the Accept header a browser link cannot send: it replaces the
 * request's Accept before the resource method is chosen, so that content negotiation picks the CSV or JSON writer.
 * Other values are left for {@link CsvExport#requested()} to refuse with 400.
 */
public class FormatParameter {

    @ServerRequestFilter(preMatching = true)
    public void acceptFromFormat(ContainerRequestContext request) {
        List<String> formats = request.getUriInfo().getQueryParameters().get(CsvExport.FORMAT);
        if (formats == null || formats.size() != 1) {
            return;
        }
        switch (formats.get(0)) {
            case "csv" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, CsvExport.TEXT_CSV);
            case "json" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
            default -> {
            }
        }
    }
}
