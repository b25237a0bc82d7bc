package vn.ngoaid.common.observability;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One id per request, the same in the logs of every service the request passes through. It is taken from the
 * caller's {@code X-Request-Id} when that looks like an id (a load balancer or another service of ours set it), made
 * up otherwise; it goes into the log context (MDC key {@code requestId}) and back in the response header.
 * <p>
 * An id made up here is written into the request's own headers, so the REST clients forward it on every call to
 * another service like the bearer token ({@code org.eclipse.microprofile.rest.client.propagateHeaders}).
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    // anything else (too long, spaces, control characters) could forge or break log lines: replaced by a new id
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 500)
    public void identify(ContainerRequestContext request) {
        String id = request.getHeaderString(HEADER);
        if (id == null || !ACCEPTED.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            request.getHeaders().putSingle(HEADER, id);
        }
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void answer(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }
}
