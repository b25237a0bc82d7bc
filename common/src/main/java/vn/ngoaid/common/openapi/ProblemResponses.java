package vn.ngoaid.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the error answers every service shares to the OpenAPI components, so that operations refer to them by name
 * ({@code @APIResponse(responseCode = "404", ref = "NotFound")}) and each one is documented with an example body.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    private record Answer(String name, int status, String title, String description, String detail, boolean withErrors) {
    }

    private static final List<Answer> ANSWERS = List.of(
            new Answer("BadRequest", 400, "Invalid input",
                    "The request cannot be read or a field breaks its format or bounds: bad JSON, wrong type, missing "
                            + "required field, unknown code or enum value, bad date, bad paging or sort parameter.",
                    "The request has 2 invalid fields.", true),
            new Answer("NotFound", 404, "Not found", "No resource with this id.",
                    "No organization with id 3f1b2c4d-0000-4000-8000-000000000000.", false),
            new Answer("Conflict", 409, "Conflict",
                    "A duplicate natural key, or a state change that the current state forbids.",
                    "Certificate number 123/BNG-GĐKHĐ is already registered.", false),
            new Answer("PreconditionFailed", 412, "Precondition failed",
                    "The If-Match ETag is stale: the resource changed since it was read.",
                    "The resource has changed since that ETag was read (current ETag \"3\"); read it again.", false),
            new Answer("PreconditionRequired", 428, "Precondition required",
                    "An update without an If-Match header.",
                    "An update needs an If-Match header with the ETag of the last GET of this resource.", false),
            new Answer("UnprocessableEntity", 422, "Domain rule broken",
                    "The request is readable but breaks a domain rule, or an Idempotency-Key is reused with another body.",
                    "An OPERATION registration valid from 2023-01-01 may last at most 3 years (until 2026-01-01).", false),
            new Answer("ServiceUnavailable", 503, "Service unavailable",
                    "A service this one depends on did not answer; nothing was stored.",
                    "The NGO registry did not answer in time; nothing was stored. Retry later.", false));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                    .addProperty("field", stringSchema("Field path in the body, or the parameter or header name"))
                    .addProperty("message", stringSchema("What is wrong with it")));
            components.addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                    .description("RFC 9457 problem detail (application/problem+json)")
                    .addProperty("type", stringSchema("URI naming the kind of problem"))
                    .addProperty("title", stringSchema("Short summary of the kind of problem"))
                    .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                    .addProperty("detail", stringSchema("What went wrong in this request"))
                    .addProperty("instance", stringSchema("Path of the request"))
                    .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                            .items(OASFactory.createSchema().ref("FieldError"))));
        }
        for (Answer answer : ANSWERS) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", "urn:problem:ngo-aid:" + switch (answer.status) {
                case 400 -> "validation";
                case 404 -> "not-found";
                case 409 -> "conflict";
                case 412 -> "precondition-failed";
                case 428 -> "precondition-required";
                case 422 -> "domain-rule";
                default -> "dependency-unavailable";
            });
            example.put("title", answer.title);
            example.put("status", answer.status);
            example.put("detail", answer.detail);
            example.put("instance", "/api/v1/organizations");
            if (answer.withErrors) {
                example.put("errors", List.of(
                        Map.of("field", "countryCode", "message", "is not an ISO 3166-1 alpha-2 country code"),
                        Map.of("field", "name", "message", "must not be blank")));
            }
            components.addResponse(answer.name, OASFactory.createAPIResponse()
                    .description(answer.description)
                    .content(OASFactory.createContent().addMediaType("application/problem+json",
                            OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref("Problem"))
                                    .example(example))));
        }
    }

    private static Schema stringSchema(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
