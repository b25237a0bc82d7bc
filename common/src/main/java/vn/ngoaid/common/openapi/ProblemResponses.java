package vn.ngoaid.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The error answers every service shares: added once to the OpenAPI components (each with an example body), and
 * added to each operation from its shape, so that resources declare only the answers that are their own (a 409 of a
 * natural key on POST, a 503 of a service they call). An answer an operation declares itself is left as it is.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 50)
public class ProblemResponses implements OASFilter {

    /** What an operation looks like to decide which standard answers it can give. */
    private record Shape(PathItem.HttpMethod method, String path, Operation operation) {

        boolean hasPathParameter() {
            return path.contains("{");
        }

        boolean hasBody() {
            return operation.getRequestBody() != null;
        }

        boolean needsIfMatch() {
            return operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
        }

        /** A PUT without If-Match creates or replaces ({@code /exchange-rates/{year}/{currency}}): nothing to miss. */
        boolean createsOrReplaces() {
            return method == PathItem.HttpMethod.PUT && !needsIfMatch();
        }

        boolean secured() {
            return operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        }
    }

    private record Answer(String name, int status, String type, String title, String description, String detail,
                          Predicate<Shape> appliesTo) {
    }

    private static final List<Answer> ANSWERS = List.of(
            new Answer("BadRequest", 400, "validation", "Invalid input",
                    "The request cannot be read or a field breaks its format or bounds: bad JSON, wrong type, missing "
                            + "required field, unknown code or enum value, bad date, bad id, bad paging or sort parameter.",
                    "The request has 2 invalid fields.", shape -> true),
            new Answer("Unauthorized", 401, "unauthenticated", "Unauthenticated",
                    "No bearer token, or one that is expired, badly signed, or for another issuer or audience.",
                    "A valid bearer token is needed: Authorization: Bearer <token>.", Shape::secured),
            new Answer("Forbidden", 403, "forbidden", "Forbidden",
                    "The token's roles do not allow this operation, or a province officer acts outside its province.",
                    "A province officer of 20 may not write the %s of province 22.", Shape::secured),
            new Answer("NotFound", 404, "not-found", "Not found", "No resource with this id.",
                    "No %s with id 3f1b2c4d-0000-4000-8000-000000000000.",
                    shape -> shape.hasPathParameter() && !shape.createsOrReplaces()),
            new Answer("Conflict", 409, "conflict", "Conflict",
                    "A duplicate natural key, or a state change that the current state forbids.",
                    "This %s has the same natural key as one already recorded.", Shape::needsIfMatch),
            new Answer("PreconditionFailed", 412, "precondition-failed", "Precondition failed",
                    "The If-Match ETag is stale: the resource changed since it was read.",
                    "The resource has changed since that ETag was read (current ETag \"3\"); read it again.",
                    Shape::needsIfMatch),
            new Answer("UnprocessableEntity", 422, "domain-rule", "Domain rule broken",
                    "The request is readable but breaks a domain rule, or an Idempotency-Key is reused with another body.",
                    "Idempotency-Key '7c9e6679' was already used with a different request body; use a new key for a "
                            + "new request.",
                    Shape::hasBody),
            new Answer("PreconditionRequired", 428, "precondition-required", "Precondition required",
                    "An update without an If-Match header.",
                    "An update needs an If-Match header with the ETag of the last GET of this resource.",
                    Shape::needsIfMatch),
            new Answer("ServiceUnavailable", 503, "dependency-unavailable", "Service unavailable",
                    "A service this one depends on did not answer; nothing was stored.",
                    "The NGO registry did not answer in time; nothing was stored. Retry later.", shape -> false));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        addProblemSchemas(components);
        String collection = firstCollection(openAPI);
        for (Answer answer : ANSWERS) {
            components.addResponse(answer.name, OASFactory.createAPIResponse()
                    .description(answer.description)
                    .content(OASFactory.createContent().addMediaType("application/problem+json",
                            OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref("Problem"))
                                    .example(example(answer, collection)))));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            Shape shape = new Shape(method, path, operation);
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            for (Answer answer : ANSWERS) {
                if (answer.appliesTo.test(shape) && !declared(operation.getResponses(), answer.status)) {
                    operation.getResponses().addAPIResponse(String.valueOf(answer.status),
                            OASFactory.createAPIResponse().ref(answer.name));
                }
            }
        }));
        // a standard answer no operation gives (the registry calls no service, so it has no 503) is not listed
        Set<String> used = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation ->
                operation.getResponses().getAPIResponses().values().stream().map(APIResponse::getRef)
                        .filter(Objects::nonNull).forEach(ref -> used.add(ref.substring(ref.lastIndexOf('/') + 1)))));
        ANSWERS.stream().map(Answer::name).filter(name -> !used.contains(name)).forEach(components::removeResponse);
    }

    /**
     * Whether the resource says this answer itself. The 401 and 403 that SmallRye adds to secured operations without
     * a body ("Not Authorized", "Not Allowed") do not count: ours say what the problem+json body is.
     */
    private static boolean declared(APIResponses responses, int status) {
        APIResponse response = responses.getAPIResponse(String.valueOf(status));
        return response != null && (response.getRef() != null || response.getContent() != null);
    }

    /**
     * An answer's example in this service's words: its first record (the first path that reads one by id, e.g.
     * {@code /api/v1/organizations/{id}}) in the details and the instance, messages as the services write them.
     */
    private static Map<String, Object> example(Answer answer, String collection) {
        String record = collection.substring(collection.lastIndexOf('/') + 1).replaceAll("ies$", "y").replaceAll("s$", "");
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:problem:ngo-aid:" + answer.type);
        example.put("title", answer.title);
        example.put("status", answer.status);
        example.put("detail", answer.detail.formatted(record.replace('-', ' ')));
        example.put("instance", answer.status == 400 ? collection : collection + "/3f1b2c4d-0000-4000-8000-000000000000");
        if (answer.status == 400) {
            example.put("errors", List.of(
                    Map.of("field", "page", "message", "must be 0 or more"),
                    Map.of("field", "size", "message", "must be between 1 and 200")));
        }
        return example;
    }

    private static String firstCollection(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return "/api/v1/records";
        }
        return openAPI.getPaths().getPathItems().entrySet().stream()
                .filter(e -> e.getKey().endsWith("/{id}") && e.getValue().getGET() != null)
                .map(e -> e.getKey().substring(0, e.getKey().length() - "/{id}".length()))
                .sorted().findFirst().orElse("/api/v1/records");
    }

    /**
     * The body of every error answer ({@code vn.ngoaid.common.api.Problem}), described here only: an operation that
     * answers one of its own refers to it by name ({@code @Schema(ref = "Problem")}). {@code errors} only for invalid
     * input.
     */
    private static void addProblemSchemas(Components components) {
        components.addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid field of the request")
                .addProperty("field", stringSchema("Field path in the body, or the parameter or header name"))
                .addProperty("message", stringSchema("What is wrong with it"))
                .required(List.of("field", "message")));
        components.addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem detail (application/problem+json)")
                .addProperty("type", stringSchema("URN naming the kind of problem: urn:problem:ngo-aid:validation, "
                        + "…:not-found, …:conflict, …:domain-rule and the others of the standard answers"))
                .addProperty("title", stringSchema("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .description("HTTP status code"))
                .addProperty("detail", stringSchema("What went wrong in this request"))
                .addProperty("instance", stringSchema("Path of the request"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("For invalid input: one entry per invalid field")
                        .items(OASFactory.createSchema().ref("FieldError")))
                .required(List.of("type", "title", "status", "detail", "instance")));
    }

    private static Schema stringSchema(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
