package vn.ngoaid.common.api;

import java.util.List;

/**
 * An error the API answers on purpose, carried to the problem+json mapper. Domain services throw it through
 * the factory methods, which fix the status code for each kind of problem as the contract defines it.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : "The request has " + errors.size() + " invalid fields.";
        return new ApiException(400, "validation", "Invalid input", detail, errors);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "not-found", "Not found", "No " + what + " with id " + id + ".", null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict", detail, null);
    }

    public static ApiException preconditionFailed(String detail) {
        return new ApiException(412, "precondition-failed", "Precondition failed", detail, null);
    }

    public static ApiException preconditionRequired(String detail) {
        return new ApiException(428, "precondition-required", "Precondition required", detail, null);
    }

    /** Readable input that breaks a domain rule. */
    public static ApiException ruleBroken(String detail) {
        return ruleBroken(detail, null);
    }

    /** Readable input that breaks a domain rule, naming the fields that break it. */
    public static ApiException ruleBroken(String detail, List<Problem.FieldError> errors) {
        return new ApiException(422, "domain-rule", "Domain rule broken", detail, errors);
    }

    /** A service this one depends on did not answer; the request had no effect. */
    public static ApiException serviceUnavailable(String detail) {
        return new ApiException(503, "dependency-unavailable", "Service unavailable", detail, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
