package vn.ngoaid.common.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Turns every error into an RFC 9457 problem+json answer; nothing leaks a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String TYPE_PREFIX = "urn:problem:ngo-aid:";

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    /** No token, or one that is expired, not yet valid, badly signed, or for another issuer or audience. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthenticated", "Unauthenticated",
                        "A valid bearer token is needed: Authorization: Bearer <token>.", uri, List.of()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden",
                e.getMessage() == null || e.getMessage().isBlank() ? "Your roles do not allow this operation." : e.getMessage(),
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e, UriInfo uri) {
        return violations((ConstraintViolationException) e, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return apiException(ApiException.invalid(errors), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return apiException(ApiException.invalid(fieldOf(e), messageOf(e)), uri);
    }

    // Quarkus maps these subtypes itself with a non-problem body; ours must be at least as specific to win.
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response badValue(InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException e, UriInfo uri) {
        return apiException(ApiException.preconditionFailed(
                "The resource was changed by another request meanwhile; read it again and retry with its new ETag."), uri);
    }

    /** A database constraint caught what the service's own checks let through, e.g. two requests racing. */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        ApiException answer = switch (state) {
            case "23505" -> ApiException.conflict("The request conflicts with an existing record"
                    + (e.getConstraintName() == null ? "" : " (" + e.getConstraintName() + ")") + ".");
            case "23503" -> ApiException.ruleBroken("The request refers to a record that does not exist.");
            default -> ApiException.invalid("body", "breaks a constraint of the stored data");
        };
        LOG.debugf("database constraint %s: %s", e.getConstraintName(), e.getMessage());
        return apiException(answer, uri);
    }

    @ServerExceptionMapper
    public Response invalidParameter(ParameterConverters.InvalidParameterException e, UriInfo uri) {
        return apiException(ApiException.invalid(e.parameter(), e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        // Quarkus wraps a body that is not JSON at all (or nested too deeply) in a plain 400
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return problem(status, "server-error", "Server error", "The request could not be completed.", uri, null);
        }
        Response.StatusType statusType = e.getResponse().getStatusInfo();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? statusType.getReasonPhrase() : e.getMessage();
        return problem(status, "http-" + status, statusType.getReasonPhrase(), detail, uri, null);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            LOG.warnf("database unreachable: %s", e.getMessage());
            return Response.fromResponse(problem(503, "database-unavailable", "Service unavailable",
                    "The database cannot be reached just now; nothing was stored. Try again in a few seconds.", uri, null))
                    .header("Retry-After", "5").build();
        }
        LOG.error("unexpected error", e);
        return problem(500, "server-error", "Server error", "The request could not be completed; it has been logged.", uri, null);
    }

    /**
     * A lost or refused connection (SQLState class 08, or 57P: the server shutting down), or no pooled connection in
     * time (an overload: 503 with Retry-After, as for a database away).
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P")
                        // Agroal's "Sorry, acquisition timeout!": every pooled connection stayed busy
                        || String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
            if (cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    public static Response problem(int status, String type, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Problem body = new Problem(TYPE_PREFIX + type, title, status, detail, uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** The field path a client knows: body properties ({@code sectors[1]}) or the query parameter name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                parts.add(name);
            } else if (node.getIndex() != null && parts.isEmpty()) {
                parts.add("[" + node.getIndex() + "]");
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", parts);
    }

    static String fieldOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            return field.toString();
        }
        return "body";
    }

    static String messageOf(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target == String.class) {
                return f.getValue() instanceof String ? "must not contain control characters" : "expected a string";
            }
            if (target != null && target.isEnum()) {
                return "'" + f.getValue() + "' is not one of " + Arrays.stream(target.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            }
            return "'" + f.getValue() + "' is not a valid " + describe(target);
        }
        if (e instanceof MismatchedInputException m) {
            return "expected " + describe(m.getTargetType());
        }
        return "the body is not valid JSON";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "timestamp (ISO-8601)";
            case "UUID" -> "UUID";
            case "BigDecimal" -> "decimal number";
            case "Integer", "int", "Long", "long" -> "integer";
            case "Boolean", "boolean" -> "boolean";
            case "String" -> "string";
            case "List", "Set" -> "array";
            default -> type.isEnum() ? "enum value" : "object";
        };
    }
}
