package vn.ngoaid.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reading of an OpenAPI 3 document: {@code $ref}s resolved, schemas classified, skeleton bodies built. */
final class Schemas {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Names of fields that hold a code of a code list (province, country, currency, sector) rather than free text. */
    private static final Pattern CODE_NAME = Pattern.compile(
            "(?i).*(code|province|provinces|country|currency|sector|sectors|counterpartCountry)$");

    private final JsonNode document;

    Schemas(JsonNode document) {
        this.document = document;
    }

    JsonNode document() {
        return document;
    }

    /** The node a local {@code $ref} ("#/components/...") names. */
    JsonNode ref(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        return document.at(ref.substring(1));
    }

    /** A parameter or request body with its {@code $ref} followed. */
    JsonNode deref(JsonNode node) {
        int guard = 0;
        while (node != null && node.has("$ref") && guard++ < 20) {
            node = ref(node.get("$ref").asText());
        }
        return node;
    }

    /** The schema with {@code $ref} and {@code allOf} merged into one object: local keys win over the referenced ones. */
    ObjectNode resolve(JsonNode schema) {
        return resolve(schema, 0);
    }

    private ObjectNode resolve(JsonNode schema, int depth) {
        ObjectNode merged = JSON.createObjectNode();
        if (schema == null || !schema.isObject() || depth > 20) {
            return merged;
        }
        if (schema.has("$ref")) {
            merged.setAll(resolve(ref(schema.get("$ref").asText()), depth + 1));
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                ObjectNode resolved = resolve(part, depth + 1);
                mergeInto(merged, resolved);
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("$ref") && !field.getKey().equals("allOf")) {
                if (field.getKey().equals("properties") || field.getKey().equals("required")) {
                    mergeInto(merged, JSON.createObjectNode().set(field.getKey(), field.getValue()));
                } else {
                    merged.set(field.getKey(), field.getValue());
                }
            }
        }
        return merged;
    }

    private static void mergeInto(ObjectNode target, ObjectNode source) {
        Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals("properties") && target.has("properties")) {
                ((ObjectNode) target.get("properties")).setAll((ObjectNode) field.getValue().deepCopy());
            } else if (field.getKey().equals("required") && target.has("required")) {
                ((ArrayNode) target.get("required")).addAll((ArrayNode) field.getValue().deepCopy());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    /** The JSON type of a schema; of a nullable one ({@code ["string", "null"]}), the type besides null. */
    static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        } else if (type != null) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "";
    }

    static String format(JsonNode schema) {
        return schema.path("format").asText("");
    }

    static boolean isEnum(JsonNode schema) {
        return schema.has("enum") && schema.get("enum").size() > 0;
    }

    static boolean isCodeName(String name) {
        return name != null && CODE_NAME.matcher(name).matches();
    }

    static Set<String> required(JsonNode schema) {
        Set<String> names = new HashSet<>();
        schema.path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    /** The first example of a schema ({@code example} or {@code examples[0]}), or null. */
    static JsonNode example(JsonNode schema) {
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("examples") && schema.get("examples").isArray() && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        return null;
    }

    /** The first example of a media type object: {@code example}, or the value of the first of {@code examples}. */
    static JsonNode mediaExample(JsonNode media) {
        if (media.has("example")) {
            return media.get("example");
        }
        if (media.has("examples")) {
            Iterator<JsonNode> values = media.get("examples").elements();
            while (values.hasNext()) {
                JsonNode example = values.next();
                if (example.has("value")) {
                    return example.get("value");
                }
            }
        }
        return null;
    }

    /** A valid-looking value built from the schema's examples, enums and formats. */
    JsonNode skeleton(JsonNode rawSchema, int depth) {
        ObjectNode schema = resolve(rawSchema);
        JsonNode example = example(schema);
        if (example != null) {
            return example.deepCopy();
        }
        if (isEnum(schema)) {
            return schema.get("enum").get(0).deepCopy();
        }
        switch (type(schema)) {
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                if (depth < 8) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), skeleton(p.getValue(), depth + 1)));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = JSON.createArrayNode();
                if (depth < 8) {
                    array.add(skeleton(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return JSON.getNodeFactory().numberNode(schema.path("minimum").asInt(1));
            }
            case "number" -> {
                return JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1"));
            }
            case "boolean" -> {
                return JSON.getNodeFactory().booleanNode(true);
            }
            default -> {
                return switch (format(schema)) {
                    case "date" -> JSON.getNodeFactory().textNode("2020-01-15");
                    case "uuid" -> JSON.getNodeFactory().textNode("00000000-0000-4000-8000-000000000000");
                    case "date-time" -> JSON.getNodeFactory().textNode("2020-01-15T00:00:00Z");
                    default -> JSON.getNodeFactory().textNode("x");
                };
            }
        }
    }

    /** A field of a request body: where it is (JSON pointer), its name, resolved schema and whether it is required. */
    record Field(String pointer, String name, ObjectNode schema, boolean required) {

        String label() {
            return pointer.substring(1).replace('/', '.');
        }
    }

    /** Every field of the schema that the sample body reaches (array items through their first element). */
    List<Field> fields(JsonNode rawSchema, JsonNode sample) {
        List<Field> out = new ArrayList<>();
        collect(resolve(rawSchema), "", sample, out, 0);
        return out;
    }

    private void collect(ObjectNode schema, String pointer, JsonNode sample, List<Field> out, int depth) {
        if (depth > 6) {
            return;
        }
        String type = type(schema);
        if (type.equals("object")) {
            Set<String> required = required(schema);
            schema.path("properties").fields().forEachRemaining(p -> {
                ObjectNode child = resolve(p.getValue());
                String childPointer = pointer + "/" + p.getKey();
                out.add(new Field(childPointer, p.getKey(), child, required.contains(p.getKey())));
                JsonNode childSample = sample == null ? null : sample.get(p.getKey());
                if (childSample != null && (childSample.isObject() || childSample.isArray())) {
                    collect(child, childPointer, childSample, out, depth + 1);
                }
            });
        } else if (type.equals("array") && sample != null && sample.isArray() && sample.size() > 0) {
            ObjectNode items = resolve(schema.path("items"));
            String itemPointer = pointer + "/0";
            String name = pointer.substring(pointer.lastIndexOf('/') + 1);
            if (!type(items).isEmpty() || isEnum(items)) {
                out.add(new Field(itemPointer, name, items, false));
            }
            JsonNode first = sample.get(0);
            if (first.isObject() || first.isArray()) {
                collect(items, itemPointer, first, out, depth + 1);
            }
        }
    }
}
