package vn.ngoaid.common.testing;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import io.restassured.response.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Validation of values against the schemas of a served OpenAPI 3.1 document (its own JSON Schema dialect, formats
 * asserted), with {@code $ref}s into {@code #/components} resolved: the document's examples, and real answers.
 * Jackson 3 here, as the validator reads it; the rest of the test helpers use the services' Jackson 2.
 */
final class SchemaValidator {

    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "dependentSchemas");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Set<String> SCHEMA_ONES = Set.of("items", "additionalProperties", "not", "if", "then", "else",
            "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema");

    private final JsonNode document;
    /** The document's components, their object schemas closed (see {@link #compile}). */
    private final JsonNode components;
    /** OpenAPI 3.1's dialect; {@code components} beside a schema is there for its {@code $ref}s only. */
    private final SchemaRegistry registry = SchemaRegistry.withDialect(
            Dialect.builder(Dialects.getOpenApi31()).keyword(new NonValidationKeyword("components")).build(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_POINTER).build()));
    private final Map<JsonNode, Schema> compiled = new IdentityHashMap<>();
    private int checked;

    SchemaValidator(byte[] document) {
        this.document = JSON.readTree(document);
        this.components = this.document.get("components").deepCopy();
        components.path("schemas").values().forEach(SchemaValidator::close);
    }

    JsonNode document() {
        return document;
    }

    /** How many values have been validated so far. */
    int checked() {
        return checked;
    }

    /** What is wrong with the value for the schema (a schema object of the document), each named by its pointer. */
    List<String> problems(JsonNode schema, JsonNode value, String where) {
        checked++;
        List<String> problems = new ArrayList<>();
        for (Error error : compiled.computeIfAbsent(schema, this::compile).validate(value)) {
            problems.add(where + error.getInstanceLocation() + ": " + error.getMessage());
        }
        return problems;
    }

    /**
     * The schema on its own, with the document's components beside it for its {@code $ref}s to reach; an object
     * schema with properties is closed, so that a field the document does not name is an error too.
     */
    private Schema compile(JsonNode schema) {
        ObjectNode root = ((ObjectNode) schema).deepCopy();
        close(root);
        root.set("components", components);
        return registry.getSchema(root);
    }

    private static void close(JsonNode schema) {
        if (schema.has("properties") && !schema.has("additionalProperties") && !schema.has("unevaluatedProperties")) {
            ((ObjectNode) schema).put("unevaluatedProperties", false);
        }
        subschemas(schema, "", (sub, pointer) -> close(sub));
    }

    /** Calls the action with each schema object directly inside this one, and its pointer under this one's. */
    private static void subschemas(JsonNode schema, String pointer, BiConsumer<JsonNode, String> action) {
        schema.properties().forEach(field -> {
            String key = field.getKey();
            String at = pointer + "/" + escape(key);
            if (SCHEMA_MAPS.contains(key)) {
                field.getValue().properties().forEach(sub -> {
                    if (sub.getValue().isObject()) {
                        action.accept(sub.getValue(), at + "/" + escape(sub.getKey()));
                    }
                });
            } else if (SCHEMA_LISTS.contains(key)) {
                for (int i = 0; i < field.getValue().size(); i++) {
                    if (field.getValue().get(i).isObject()) {
                        action.accept(field.getValue().get(i), at + "/" + i);
                    }
                }
            } else if (SCHEMA_ONES.contains(key) && field.getValue().isObject()) {
                action.accept(field.getValue(), at);
            }
        });
    }

    /**
     * What is wrong with any example of the document: every {@code example} and {@code examples} (a schema's list, a
     * parameter's, header's or media type's map of Example Objects) against the schema it belongs to.
     */
    List<String> exampleProblems() {
        List<String> problems = new ArrayList<>();
        walk(document, "", problems);
        return problems;
    }

    private void walk(JsonNode node, String pointer, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (pointer.equals("/components/schemas")) {
            node.properties().forEach(schema -> walkSchema(schema.getValue(), pointer + "/" + escape(schema.getKey()), problems));
            return;
        }
        JsonNode schema = node.get("schema");
        boolean typed = schema != null && schema.isObject();
        if (typed) {
            // a parameter, header or media type: its examples are of its schema
            if (node.has("example")) {
                problems.addAll(problems(schema, node.get("example"), pointer + "/example"));
            }
            node.path("examples").properties().forEach(example -> {
                String at = pointer + "/examples/" + escape(example.getKey());
                JsonNode value = deref(example.getValue());
                if (value.has("value")) {
                    problems.addAll(problems(schema, value.get("value"), at + "/value"));
                }
            });
            walkSchema(schema, pointer + "/schema", problems);
        }
        node.properties().forEach(field -> {
            String key = field.getKey();
            if (typed && (key.equals("schema") || key.equals("example") || key.equals("examples"))) {
                return;
            }
            if (key.equals("example") || key.equals("examples")) {
                problems.add(pointer + "/" + key + ": an example without a schema to check it against");
                return;
            }
            walk(field.getValue(), pointer + "/" + escape(key), problems);
        });
    }

    private void walkSchema(JsonNode schema, String pointer, List<String> problems) {
        if (schema.has("example")) {
            problems.addAll(problems(schema, schema.get("example"), pointer + "/example"));
        }
        JsonNode examples = schema.path("examples");
        for (int i = 0; i < examples.size(); i++) {
            problems.addAll(problems(schema, examples.get(i), pointer + "/examples/" + i));
        }
        subschemas(schema, pointer, (sub, at) -> walkSchema(sub, at, problems));
    }

    /**
     * What is wrong with an answer of an operation ({@code get} of {@code /api/v1/projects/{id}}), for the schema the
     * document gives its status and media type; each problem names the answer and the JSON pointer in its body.
     */
    List<String> answerProblems(String method, String template, String request, Response answer) {
        JsonNode responses = document.path("paths").path(template).path(method).path("responses");
        String status = String.valueOf(answer.statusCode());
        JsonNode response = deref(responses.has(status) ? responses.get(status) : responses.path("default"));
        String mediaType = String.valueOf(answer.contentType()).replaceFirst(";.*", "").trim();
        String where = method.toUpperCase(Locale.ROOT) + " " + request + " → " + status + " " + mediaType;
        JsonNode schema = response.path("content").path(mediaType).get("schema");
        if (schema == null) {
            checked++;
            return List.of(where + ": not in the document");
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.asByteArray());
        } catch (JacksonException notJson) {
            checked++;
            return List.of(where + ": not JSON: " + BadRequest.shorten(answer.asString(), 200));
        }
        return problems(schema, body, where + " #");
    }

    /** An object with its {@code $ref} into the document followed. */
    JsonNode deref(JsonNode node) {
        for (int guard = 0; node.has("$ref") && guard < 20; guard++) {
            node = document.at(node.get("$ref").asString().substring(1));
        }
        return node;
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
