package vn.ngoaid.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error answer. */
@Schema(name = "Problem", description = "RFC 9457 problem detail (media type application/problem+json).",
        requiredProperties = {"type", "title", "status", "detail", "instance"})
// errors only when there are some
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "URI naming the kind of problem", examples = "https://ngoaid.vn/problems/validation")
        String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Invalid input")
        String title,
        @Schema(description = "HTTP status code", examples = "400")
        int status,
        @Schema(description = "What went wrong in this request", examples = "The request has 1 invalid field.")
        String detail,
        @Schema(description = "Path of the request", examples = "/api/v1/organizations")
        String instance,
        @Schema(description = "For invalid input: one entry per invalid field")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError", description = "One invalid field of the request")
    public record FieldError(
            @Schema(description = "Field path in the body, or the name of the query parameter or header", examples = "countryCode")
            String field,
            @Schema(description = "What is wrong with it", examples = "unknown ISO 3166-1 alpha-2 country code 'XX'")
            String message) {
    }
}
