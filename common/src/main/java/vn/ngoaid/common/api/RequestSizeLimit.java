package vn.ngoaid.common.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * Refuses a request body over the limit with a 413 problem before it is read. Bodies sent without a length are
 * stopped by the HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}, a little higher).
 */
public class RequestSizeLimit {

    private final long maxBytes;

    public RequestSizeLimit(@ConfigProperty(name = "ngo-aid.max-request-bytes", defaultValue = "1048576") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        try {
            if (Long.parseLong(length.trim()) <= maxBytes) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return ProblemMappers.problem(413, "payload-too-large", "Payload too large",
                "A request body may have at most " + maxBytes + " bytes.", request.getUriInfo(), List.of());
    }
}
