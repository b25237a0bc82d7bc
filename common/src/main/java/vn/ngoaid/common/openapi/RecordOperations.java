package vn.ngoaid.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.ngoaid.common.idempotency.Idempotency;
import vn.ngoaid.common.record.RecordResource;
import vn.ngoaid.common.record.Stamps;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names and documents the operations every record type inherits from {@link RecordResource}, after the record they
 * answer (the schema of their 2xx body): {@code createTwinning} "Create a twinning", its 201 with {@code Location}
 * and {@code ETag}, the {@code Idempotency-Key}, {@code If-Match} and {@code id} parameters, and who may call it.
 * It also puts the {@link Stamps} of every view last, and marks a view's fields its input lacks read-only. It runs before {@link ProblemResponses}, which adds the error answers from the shape this gives.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 100)
public class RecordOperations implements OASFilter {

    /** Marks an operation of {@link RecordResource}; its value is the verb. Removed once the operation is described. */
    public static final String MARK = "x-record-operation";
    /**
     * Marks an input schema whose writes ask another service (its value names it): their create and replace can
     * answer 503. Removed once read.
     */
    public static final String CALLS = "x-calls";
    /** Who may write records, as {@code @RolesAllowed} of {@link RecordResource} reads it. */
    public static final String WRITERS = "ngoaid.record-writers";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<String> writers = ConfigProvider.getConfig().getOptionalValues(WRITERS, String.class).orElse(List.of());
        String scheme = openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null
                ? null : openAPI.getComponents().getSecuritySchemes().keySet().stream().findFirst().orElse(null);
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            Map<String, Object> extensions = operation.getExtensions();
            Object verb = extensions == null ? null : extensions.get(MARK);
            if (verb != null) {
                operation.removeExtension(MARK);
                describe(operation, verb.toString(), scheme, writers);
                if (operation.getRequestBody() != null) {
                    String ref = operation.getRequestBody().getContent().getMediaType("application/json").getSchema().getRef();
                    Schema input = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
                    if (verb.equals("create") && input.getDescription() != null) {
                        operation.setDescription(input.getDescription() + "\n\n" + operation.getDescription());
                    }
                    if (input.getExtensions() != null && input.getExtensions().containsKey(CALLS)) {
                        operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse().ref("ServiceUnavailable"));
                    }
                }
            }
        }));
        schemas.values().forEach(schema -> schema.removeExtension(CALLS));
        stampsLast(schemas);
        readOnlyFields(schemas);
    }

    /**
     * A view's fields that its input (the schema of its name with {@code Input}) does not have are read-only: a PUT
     * of what a GET answered carries them, and they are ignored ({@code JsonSettings}).
     */
    private static void readOnlyFields(Map<String, Schema> schemas) {
        schemas.forEach((name, input) -> {
            Schema view = name.endsWith("Input") ? schemas.get(name.substring(0, name.length() - "Input".length())) : null;
            if (view != null && view.getProperties() != null && input.getProperties() != null) {
                view.getProperties().forEach((field, property) -> {
                    if (!input.getProperties().containsKey(field)) {
                        property.setReadOnly(true);
                    }
                });
            }
        });
    }

    /** SmallRye lists the properties of an unwrapped part first and in no order: a view's stamps go last, in theirs. */
    private static void stampsLast(Map<String, Schema> schemas) {
        List<String> stamps = Arrays.stream(Stamps.class.getRecordComponents()).map(RecordComponent::getName).toList();
        for (Schema schema : schemas.values()) {
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null && properties.keySet().containsAll(stamps)) {
                Map<String, Schema> ordered = new LinkedHashMap<>();
                properties.forEach((name, property) -> {
                    if (!stamps.contains(name)) {
                        ordered.put(name, property);
                    }
                });
                stamps.forEach(name -> ordered.put(name, properties.get(name)));
                schema.setProperties(ordered);
            }
        }
    }

    private static void describe(Operation operation, String verb, String scheme, List<String> writers) {
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        String schema = schemaName(ok);
        String record = words(schema);
        String a = "aeiou".indexOf(record.charAt(0)) >= 0 ? "an " : "a ";
        operation.setOperationId(verb + schema);
        operation.setSummary(Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " " + a + record);
        Header etag = header("Version of the " + record + ", for `If-Match`", null);
        switch (verb) {
            case "create" -> {
                operation.setDescription("With an `Idempotency-Key`, a retry with the same body gets the first "
                        + "answer again and creates nothing.");
                responses.removeAPIResponse("200");
                responses.addAPIResponse("201", ok.description("Created; `Location` names the new " + record)
                        .addHeader("Location", header("URL of the new " + record, "uri"))
                        .addHeader("ETag", etag));
                responses.addAPIResponse("409", OASFactory.createAPIResponse().ref("Conflict"));
            }
            case "get" -> {
                operation.setDescription("One " + record + "; its `ETag` is what a PUT sends back in `If-Match`.");
                ok.description("The " + record).addHeader("ETag", etag);
            }
            case "replace" -> {
                operation.setDescription("Replaces every field of the " + record + ", with the rules of its creation. "
                        + "Needs `If-Match` with the ETag of the last GET: 428 without it, 412 when someone else "
                        + "changed the " + record + " meanwhile.");
                ok.description("The replaced " + record).addHeader("ETag", etag);
            }
            default -> throw new IllegalStateException("unknown record operation " + verb);
        }
        for (Parameter parameter : operation.getParameters()) {
            switch (parameter.getName()) {
                case "id" -> parameter.description("Id of the " + record);
                case Idempotency.HEADER -> parameter
                        .description("Client-chosen key that makes a retry safe; kept for at least 24 hours")
                        .example(record.replace(' ', '-') + "-2024-001");
                case "If-Match" -> parameter.required(true).description("ETag of the last GET");
                default -> {
                }
            }
        }
        if (scheme != null && (operation.getSecurity() == null || operation.getSecurity().isEmpty())) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement()
                    .addScheme(scheme, verb.equals("get") ? List.of() : writers));
        }
    }

    /** {@code FriendshipAssociation} from {@code #/components/schemas/FriendshipAssociation}. */
    private static String schemaName(APIResponse ok) {
        String ref = ok.getContent().getMediaTypes().values().iterator().next().getSchema().getRef();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** {@code friendship association} from {@code FriendshipAssociation}. */
    private static String words(String schema) {
        return schema.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    private static Header header(String description, String format) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format(format));
    }
}
