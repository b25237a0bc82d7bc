package vn.ngoaid.common.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * Refuses a request body over the limit with a 413 problem before it is read. Bodies sent without a length are
 * stopped by the HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}, a little higher). File imports
 * (paths under {@value #IMPORTS}) have their own, larger limit.
 */
public class RequestSizeLimit {

    public static final String IMPORTS = "/api/v1/imports/";

    private final long maxBytes;
    private final long maxImportBytes;

    public RequestSizeLimit(@ConfigProperty(name = "ngo-aid.max-request-bytes", defaultValue = "1048576") long maxBytes,
                            @ConfigProperty(name = "ngo-aid.max-import-bytes", defaultValue = "67108864") long maxImportBytes) {
        this.maxBytes = maxBytes;
        this.maxImportBytes = maxImportBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        long limit = ("/" + request.getUriInfo().getPath().replaceFirst("^/", "")).startsWith(IMPORTS) ? maxImportBytes : maxBytes;
        try {
            if (Long.parseLong(length.trim()) <= limit) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return ProblemMappers.problem(413, "payload-too-large", "Payload too large",
                "A request body " + (limit == maxBytes ? "" : "to " + IMPORTS + "… ") + "may have at most " + limit
                        + " bytes.", request.getUriInfo(), List.of());
    }
}
