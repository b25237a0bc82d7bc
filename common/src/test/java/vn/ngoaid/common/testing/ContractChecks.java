package vn.ngoaid.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks of a service's own OpenAPI document against what the service answers, shared by the services' tests. */
public final class ContractChecks {

    private ContractChecks() {
    }

    /**
     * Every enum in the OpenAPI document (schemas and parameters, except the {@code format} of CSV exports) is listed
     * by {@code GET /api/v1/reference/enums} with all its values (an input may accept only some of an enum's values),
     * each with a non-blank English and Vietnamese label.
     */
    public static void everyEnumOfTheContractIsLabelled() throws Exception {
        JsonNode document = Schemas.JSON.readTree(document());
        List<Set<String>> contractEnums = new ArrayList<>();
        collectEnums(document, null, contractEnums);
        assertFalse(contractEnums.isEmpty(), "the document has enums");

        JsonNode labelled = Schemas.JSON.readTree(RestAssured.given().noFilters().accept("application/json")
                .get("/api/v1/reference/enums").then().statusCode(200).extract().asByteArray());
        List<Set<String>> labelledEnums = new ArrayList<>();
        for (JsonNode e : labelled) {
            Set<String> codes = new TreeSet<>();
            for (JsonNode value : e.get("values")) {
                codes.add(value.get("code").asText());
                for (String label : List.of("english", "vietnamese", "label")) {
                    assertFalse(value.path(label).asText().isBlank(), e.get("name").asText() + "." + value.get("code") + " has no " + label);
                }
            }
            labelledEnums.add(codes);
        }
        for (Set<String> values : contractEnums) {
            assertTrue(labelledEnums.stream().anyMatch(codes -> codes.containsAll(values)),
                    "no labels for the enum " + values + " of the OpenAPI document");
        }
    }

    private static void collectEnums(JsonNode node, String parameterName, List<Set<String>> into) {
        if (node.isObject()) {
            String name = node.has("in") && node.has("name") ? node.get("name").asText() : parameterName;
            if (node.has("enum") && node.get("enum").isArray() && !"format".equals(name)) {
                Set<String> values = new TreeSet<>();
                node.get("enum").forEach(v -> {
                    if (!v.isNull()) {
                        values.add(v.asText());
                    }
                });
                into.add(values);
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("examples") && !field.getKey().equals("example")) {
                    collectEnums(field.getValue(), name, into);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectEnums(child, parameterName, into));
        }
    }

    /**
     * What generated clients need of every operation: a unique {@code operationId} (the name of the client's method),
     * and a schema on every response header (a client cannot read a header without one); of every schema: no
     * {@code type} beside a {@code $ref} (generators drop it) and patterns every regular-expression dialect reads
     * alike; and what Swagger UI needs to answer on the first try: no example on an optional query parameter (it
     * would be sent).
     */
    public static void everyOperationIsNamedAndEveryHeaderTyped() throws Exception {
        JsonNode document = Schemas.JSON.readTree(document());
        Set<String> ids = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        Set<String> methods = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!methods.contains(operation.getKey())) {
                return;
            }
            String where = operation.getKey().toUpperCase() + " " + path.getKey();
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                // Swagger UI would send it with the first "Try it out"
                if (parameter.path("in").asText().equals("query") && !parameter.path("required").asBoolean()
                        && parameter.has("example")) {
                    problems.add(where + ": optional query parameter " + parameter.path("name").asText() + " has an example");
                }
            }
            String id = operation.getValue().path("operationId").asText("");
            if (id.isEmpty() || !ids.add(id)) {
                problems.add(where + ": operationId '" + id + "' missing or not unique");
            }
            operation.getValue().path("responses").fields().forEachRemaining(response ->
                    response.getValue().path("headers").fields().forEachRemaining(header -> {
                        if (!header.getValue().has("schema")) {
                            problems.add(where + " " + response.getKey() + ": header " + header.getKey() + " has no schema");
                        }
                    }));
        }));
        collectSchemaProblems(document, "", problems);
        assertEquals(List.of(), problems);
    }

    /** Constructs of Java's regular expressions that ECMA-262 (JSON Schema's dialect) or Python read otherwise or not at all. */
    private static final Pattern NOT_PORTABLE = Pattern.compile("\\\\[pPhHRXzZAG]|\\(\\?<[=!]|[*+?}][+]|\\(\\?[a-zA-Z]");

    private static void collectSchemaProblems(JsonNode node, String pointer, List<String> problems) {
        if (node.isObject()) {
            if (node.has("$ref") && node.has("type")) {
                problems.add(pointer + ": type beside $ref");
            }
            JsonNode pattern = node.get("pattern");
            if (pattern != null && pattern.isTextual() && NOT_PORTABLE.matcher(pattern.asText()).find()) {
                problems.add(pointer + ": pattern " + pattern.asText() + " is not portable");
            }
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("examples") && !field.getKey().equals("example")) {
                    collectSchemaProblems(field.getValue(), pointer + "/" + field.getKey(), problems);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectSchemaProblems(node.get(i), pointer + "/" + i, problems);
            }
        }
    }

    /**
     * Every example of the OpenAPI document validates against the schema it belongs to (JSON Schema 2020-12 as
     * OpenAPI 3.1 has it, formats asserted, and a field the schema does not name an error): each {@code example} and
     * {@code examples} of a schema, its properties and items, and each {@code example} and {@code examples.*.value}
     * of a parameter, header or media type (a {@code text/csv} one's against its text schema). Every failure is
     * reported with the JSON pointer of the example in the document.
     *
     * @return how many examples were checked
     */
    public static int everyExampleMatchesItsSchema() {
        SchemaValidator validator = new SchemaValidator(document());
        assertEquals(List.of(), validator.exampleProblems());
        return validator.checked();
    }

    /**
     * Every JSON answer of a GET validates against the schema the document gives its status, as
     * {@link #everyExampleMatchesItsSchema()} validates examples: the lists, the records and sub-resources of their
     * first items, an unknown id's 404 and a bad page size's 400. So a field the service answers null that is not
     * nullable, a required field it leaves out and a field the schema does not name all fail, each reported with the
     * request and the JSON pointer in its answer.
     *
     * @param perList how many items of each list to follow to their own paths
     * @return how many answers were checked
     */
    public static int everyAnswerMatchesItsSchema(int perList) {
        Answers answers = new Answers(new SchemaValidator(document()), perList);
        assertEquals(List.of(), answers.walk());
        return answers.count();
    }

    /** The service's OpenAPI document, as JSON. */
    static byte[] document() {
        return RestAssured.given().noFilters().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asByteArray();
    }

    /** The CSV operations of the document: every list, aggregate and statistics operation lists text/csv. */
    public static List<String> csvOperations() throws Exception {
        JsonNode document = Schemas.JSON.readTree(document());
        List<String> found = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().get("get");
            if (get != null && get.at("/responses/200/content").has("text/csv")) {
                found.add(path.getKey());
                assertTrue(get.get("description").asText().contains("Accept: text/csv"), path.getKey() + " hints at CSV");
                assertEquals("string", get.at("/responses/200/content/text~1csv/schema/type").asText(), path.getKey());
            }
        });
        return found;
    }
}
