package vn.ngoaid.common.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.DynamicTest;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * Bad input from the contract: reads the service's own OpenAPI document, walks every operation under
 * {@code /api/v1} and makes JUnit dynamic tests, one per bad request, named {@code "METHOD path: mutation"}. Each
 * asserts a 4xx {@code application/problem+json} answer (never 5xx, never 401/403: the input must be refused, not
 * the caller), no stack trace in the body, and that nothing was stored (the collection's {@code totalItems}, or the
 * resource's ETag and body, are the same before and after).
 *
 * <p>Request bodies start from a valid body the service's test gives ({@link #validBody}), else the example of the
 * request body in the document, else one built from the schema's examples; one field at a time is then made wrong.
 * Path parameters take the values the test gives ({@link #pathValue}), so bad bodies reach body validation.
 *
 * <pre>{@code
 * @TestFactory
 * List<DynamicTest> badInput() {
 *     return BadInputWalker.of("aid-project-service")
 *             .pathValue("projects/{id}", create(project()))
 *             .validBody("POST /api/v1/projects", Fixtures::project)
 *             .tests();
 * }
 * }</pre>
 */
public final class BadInputWalker {

    static final String PROBLEM_JSON = "application/problem+json";
    /** Text that only a leaked stack trace or database error would put into an answer. */
    static final List<String> LEAKS = List.of("at vn.", "Exception", "org.hibernate", "SQL", "\tat ", "com.fasterxml");
    static final String SQL = "'; DROP TABLE x; --";
    static final String HTML = "<script>alert(1)</script>";
    static final String EMOJI_CODE = "D\uD83D\uDE00";
    static final String COMBINING_CODE = "DE\u0301\u0323";
    private static final String MARK = "__BAD_INPUT_RAW__";
    private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");
    private static final Pattern MONEY_NAME = Pattern.compile("(?i).*(amount|budget|value|unitsPerUsd|rate|cost|total|percentage)$");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String service;
    private String prefix = "/api/v1/";
    private int maxCasesPerOperation = 40;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final Map<String, String> queryValues = new LinkedHashMap<>();
    private final Map<String, Supplier<?>> validBodies = new LinkedHashMap<>();
    private final Set<String> skipped = new LinkedHashSet<>();
    private final Set<String> freeText = new LinkedHashSet<>();
    private final Set<String> warned = new LinkedHashSet<>();

    private Schemas schemas;

    private BadInputWalker(String service) {
        this.service = service;
    }

    public static BadInputWalker of(String service) {
        return new BadInputWalker(service);
    }

    /** Only operations whose path starts with this ({@code /api/v1/} by default). */
    public BadInputWalker prefix(String prefix) {
        this.prefix = prefix;
        return this;
    }

    /** At most this many cases per operation (40 by default); the fixed cases first, then field mutations mixed by kind. */
    public BadInputWalker maxCasesPerOperation(int max) {
        this.maxCasesPerOperation = max;
        return this;
    }

    /**
     * A valid value for a path parameter, keyed {@code "<segment before it>/{name}"} (e.g. {@code "projects/{id}"},
     * which also serves {@code /projects/{id}/transactions}) or just {@code "{name}"}.
     */
    public BadInputWalker pathValue(String key, String value) {
        pathValues.put(key, value);
        return this;
    }

    /** A valid value for a query parameter the operation requires (when the document has no example for it). */
    public BadInputWalker queryValue(String name, String value) {
        queryValues.put(name, value);
        return this;
    }

    /** A fresh valid body for {@code "METHOD /path/template"} (a Map, a record or a JsonNode), made for every case. */
    public BadInputWalker validBody(String operation, Supplier<?> body) {
        validBodies.put(operation, body);
        return this;
    }

    /**
     * Body fields (JSON pointers such as {@code "/code"}) whose name looks like a code of a code list but that hold
     * free text (a project's own code): they get the mutations of text, not of codes.
     */
    public BadInputWalker freeText(String... pointers) {
        freeText.addAll(List.of(pointers));
        return this;
    }

    /** Leaves an operation ({@code "METHOD /path/template"}) or a whole path ({@code "/path/template"}) out. */
    public BadInputWalker skip(String operationOrPath) {
        skipped.add(operationOrPath);
        return this;
    }

    // ------------------------------------------------------------------------------------------------------------

    /** One generated case: its name, request, and how to see whether anything was stored (null: nothing to see). */
    record Case(String name, BadRequest request, Snapshot snapshot) {
    }

    /** A view through a GET of what an operation could store; {@code key} names it in the cache of known states. */
    record Snapshot(String key, Supplier<String> reader) {
    }

    /**
     * The last state read of every snapshot: a case compares with it and leaves its own reading, so each case costs
     * one GET after the request instead of two around it (a case that stored something fails, and the next starts
     * from the new state).
     */
    private final Map<String, String> known = new java.util.HashMap<>();

    /** Reads the document and makes the dynamic tests; prints how many there are. */
    public List<DynamicTest> tests() {
        List<Case> cases = cases();
        System.out.println("[bad-input] " + service + ": " + cases.size() + " cases from its OpenAPI document");
        List<DynamicTest> tests = new ArrayList<>();
        Map<Integer, Integer> answers = new java.util.TreeMap<>();
        long[] started = {0};
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            boolean first = i == 0;
            boolean last = i == cases.size() - 1;
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                if (first) {
                    started[0] = System.nanoTime();
                }
                try {
                    answers.merge(run(c, known), 1, Integer::sum);
                } finally {
                    if (last) {
                        System.out.println("[bad-input] " + service + ": " + cases.size() + " cases in "
                                + (System.nanoTime() - started[0]) / 1_000_000 + " ms; answers by status " + answers);
                    }
                }
            }));
        }
        return tests;
    }

    List<Case> cases() {
        String text = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        try {
            schemas = new Schemas(Schemas.JSON.readTree(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
        try {
            java.nio.file.Path dump = java.nio.file.Path.of("target", "bad-input-openapi.json");
            if (java.nio.file.Files.isDirectory(dump.getParent())) {
                java.nio.file.Files.writeString(dump, text);
            }
        } catch (java.io.IOException e) {
            // only a copy for the reader of a failure
        }
        JsonNode paths = schemas.document().path("paths");
        List<Case> all = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String template = entry.getKey();
            if (!template.startsWith(prefix) || skipped.contains(template)) {
                continue;
            }
            JsonNode pathItem = entry.getValue();
            Set<String> methods = new LinkedHashSet<>();
            pathItem.fieldNames().forEachRemaining(m -> {
                if (Set.of("get", "post", "put", "patch", "delete").contains(m)) {
                    methods.add(m);
                }
            });
            for (String method : methods) {
                String key = method.toUpperCase() + " " + template;
                if (skipped.contains(key)) {
                    continue;
                }
                Operation op = new Operation(method.toUpperCase(), template, pathItem.get(method), parameters(pathItem, pathItem.get(method)));
                all.addAll(op.cases());
            }
            all.addAll(wrongMethod(template, methods));
        }
        return all;
    }

    private List<JsonNode> parameters(JsonNode pathItem, JsonNode operation) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode p : source) {
                JsonNode resolved = schemas.deref(p);
                byName.put(resolved.path("in").asText() + ":" + resolved.path("name").asText(), resolved);
            }
        }
        return new ArrayList<>(byName.values());
    }

    /** The valid concrete path: every parameter replaced by its given value (or an unused UUID), encoded. */
    private String concrete(String template, Map<String, String> override) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = override.containsKey(name) ? override.get(name) : validPathValue(template, m.start(), name);
            m.appendReplacement(out, Matcher.quoteReplacement(BadRequest.encode(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String validPathValue(String template, int at, String name) {
        String before = template.substring(0, at);
        if (before.endsWith("/")) {
            before = before.substring(0, before.length() - 1);
        }
        String segment = before.substring(before.lastIndexOf('/') + 1);
        String value = pathValues.get(segment + "/{" + name + "}");
        if (value == null) {
            value = pathValues.get("{" + name + "}");
        }
        if (value == null) {
            value = UUID.randomUUID().toString();
            if (warned.add(template + name)) {
                System.out.println("[bad-input] " + service + ": no value given for {" + name + "} in " + template
                        + "; an unknown UUID is used");
            }
        }
        return value;
    }

    private boolean hasGet(String template) {
        return schemas.document().path("paths").path(template).has("get");
    }

    /** How the operation could store something, seen through a GET: null when there is nothing to look at. */
    private Snapshot snapshotFor(String method, String template, String concretePath) {
        if (method.equals("GET")) {
            return null;
        }
        if (method.equals("POST")) {
            if (hasGet(template)) {
                return new Snapshot("list " + concretePath, () -> listState(concretePath));
            }
            int cut = template.lastIndexOf('/');
            String parent = template.substring(0, cut);
            if (hasGet(parent)) {
                String concreteParent = concretePath.substring(0, concretePath.lastIndexOf('/'));
                return new Snapshot("resource " + concreteParent, () -> resourceState(concreteParent));
            }
            return null;
        }
        return hasGet(template) ? new Snapshot("resource " + concretePath, () -> resourceState(concretePath)) : null;
    }

    /** The ETag of the resource: from the last state read when there is one, else by a GET. */
    private String currentEtag(String path) {
        String state = known.get("resource " + path);
        if (state == null) {
            state = resourceState(path);
            known.put("resource " + path, state);
        }
        if (!state.startsWith("200 ETag=")) {
            return null;
        }
        String etag = state.substring("200 ETag=".length(), state.indexOf(' ', "200 ETag=".length()));
        return etag.equals("null") ? null : etag;
    }

    private static String listState(String path) {
        Response r = RestAssured.given().urlEncodingEnabled(false).accept("application/json").get(path + "?size=1");
        if (r.statusCode() == 200) {
            Object total = r.jsonPath().get("totalItems");
            if (total != null) {
                return "totalItems=" + total;
            }
            return "200 " + r.asString();
        }
        return "status " + r.statusCode();
    }

    private static String resourceState(String path) {
        Response r = RestAssured.given().urlEncodingEnabled(false).accept("application/json").get(path);
        if (r.statusCode() == 200) {
            return "200 ETag=" + r.header("ETag") + " " + r.asString();
        }
        return "status " + r.statusCode();
    }

    private List<Case> wrongMethod(String template, Set<String> methods) {
        List<Case> cases = new ArrayList<>();
        for (String method : List.of("delete", "patch")) {
            if (!methods.contains(method)) {
                String path = concrete(template, Map.of());
                BadRequest request = new BadRequest(method.toUpperCase(), path);
                if (method.equals("patch")) {
                    request.contentType = "application/json";
                    request.body = () -> "{}".getBytes(StandardCharsets.UTF_8);
                }
                request.expected = Set.of(405);
                cases.add(new Case(method.toUpperCase() + " " + template + ": method not in the contract",
                        request, snapshotFor("PUT", template, path)));
            }
        }
        return cases;
    }

    // ------------------------------------------------------------------------------------------------------------

    /** One operation of the document and the cases made from it. */
    private final class Operation {
        final String method;
        final String template;
        final JsonNode node;
        final List<JsonNode> parameters;
        final String path;
        final String name;
        JsonNode bodySchema;
        JsonNode sampleBody;

        Operation(String method, String template, JsonNode node, List<JsonNode> parameters) {
            this.method = method;
            this.template = template;
            this.node = node;
            this.parameters = parameters;
            this.path = concrete(template, Map.of());
            this.name = method + " " + template;
            JsonNode requestBody = schemas.deref(node.path("requestBody"));
            JsonNode media = requestBody == null ? null : requestBody.path("content").path("application/json");
            if (media != null && !media.isMissingNode()) {
                bodySchema = media.path("schema");
                Supplier<?> given = validBodies.get(name);
                if (given != null) {
                    sampleBody = Schemas.JSON.valueToTree(given.get());
                } else {
                    JsonNode example = Schemas.mediaExample(media);
                    sampleBody = example != null ? example : schemas.skeleton(bodySchema, 0);
                }
            }
        }

        boolean hasBody() {
            return bodySchema != null;
        }

        boolean declaresHeader(String header, boolean requiredOnly) {
            return parameters.stream().anyMatch(p -> p.path("in").asText().equals("header")
                    && p.path("name").asText().equalsIgnoreCase(header) && (!requiredOnly || p.path("required").asBoolean()));
        }

        /** A fresh valid body: the test's own supplier, else a copy of the sample. */
        JsonNode freshBody() {
            Supplier<?> given = validBodies.get(name);
            return given != null ? Schemas.JSON.valueToTree(given.get()) : sampleBody.deepCopy();
        }

        Map<String, String> requiredQuery() {
            Map<String, String> query = new LinkedHashMap<>();
            for (JsonNode p : parameters) {
                if (p.path("in").asText().equals("query") && p.path("required").asBoolean()) {
                    query.put(p.path("name").asText(), validQueryValue(p));
                }
            }
            return query;
        }

        String validQueryValue(JsonNode p) {
            String pname = p.path("name").asText();
            if (queryValues.containsKey(pname)) {
                return queryValues.get(pname);
            }
            JsonNode example = p.has("example") ? p.get("example") : Schemas.example(schemas.resolve(p.path("schema")));
            if (example != null && !example.isContainerNode()) {
                return example.asText();
            }
            return schemas.skeleton(p.path("schema"), 0).asText();
        }

        /** A request on the valid path with the valid query, and for PUT the current ETag. */
        BadRequest request(String concretePath) {
            BadRequest request = new BadRequest(method, concretePath);
            request.query.putAll(requiredQuery());
            if (declaresHeader("If-Match", false)) {
                request.headers.put("If-Match", () -> currentEtag(concretePath));
            }
            return request;
        }

        Case bodyCase(String label, UnaryOperator<JsonNode> edit, byte[] raw, Set<Integer> expected) {
            BadRequest request = request(path);
            request.contentType = "application/json";
            request.body = () -> bytes(edit.apply(freshBody()), raw);
            request.expected = expected;
            return new Case(name + ": " + label, request, snapshotFor(method, template, path));
        }

        Case rawBodyCase(String label, String contentType, Supplier<byte[]> body, Set<Integer> expected) {
            BadRequest request = request(path);
            request.contentType = contentType;
            request.body = body;
            request.expected = expected;
            return new Case(name + ": " + label, request, snapshotFor(method, template, path));
        }

        List<Case> cases() {
            List<Case> cases = new ArrayList<>();
            cases.addAll(pathCases());
            cases.addAll(queryCases());
            if (hasBody()) {
                cases.addAll(bodyCases());
            }
            return cases;
        }

        // ----- path parameters

        List<Case> pathCases() {
            List<Case> cases = new ArrayList<>();
            for (JsonNode p : parameters) {
                if (!p.path("in").asText().equals("path")) {
                    continue;
                }
                String pname = p.path("name").asText();
                ObjectNode schema = schemas.resolve(p.path("schema"));
                Map<String, String> bad = new LinkedHashMap<>();
                Set<Integer> unknown = Set.of();
                if (Schemas.format(schema).equals("uuid")) {
                    bad.put("unknown id", UUID.randomUUID().toString());
                    bad.put("not a UUID", "not-a-uuid");
                    bad.put("number for UUID", "12345");
                } else if (Schemas.type(schema).equals("integer")) {
                    bad.put("text for integer", "abc");
                    bad.put("past int32", "2147483648");
                    bad.put("1e400", "1e400");
                    bad.put("-1", "-1");
                } else {
                    bad.put("unknown code", "ZZ9");
                    bad.put("emoji", EMOJI_CODE);
                    bad.put("combining marks", COMBINING_CODE);
                }
                bad.put("SQL metacharacters", SQL);
                bad.put("HTML metacharacters", HTML);
                bad.put("control character", "a\u0000b");
                for (Map.Entry<String, String> b : bad.entrySet()) {
                    String badPath = concrete(template, Map.of(pname, b.getValue()));
                    BadRequest request = new BadRequest(method, badPath);
                    request.query.putAll(requiredQuery());
                    if (declaresHeader("If-Match", false)) {
                        request.headers.put("If-Match", () -> "\"0\"");
                    }
                    if (hasBody()) {
                        request.contentType = "application/json";
                        request.body = () -> bytes(freshBody(), null);
                    }
                    if (b.getKey().equals("unknown id")) {
                        request.expected = Set.of(404);
                    } else if (Schemas.format(schema).equals("uuid")) {
                        // an id that cannot be one is unreadable input, not a missing record
                        request.expected = Set.of(400);
                        request.namedField = pname;
                    }
                    cases.add(new Case(name + ": {" + pname + "} " + b.getKey(), request, snapshotFor(method, template, badPath)));
                }
            }
            return cases;
        }

        // ----- query parameters

        List<Case> queryCases() {
            List<Case> cases = new ArrayList<>();
            for (JsonNode p : parameters) {
                if (!p.path("in").asText().equals("query")) {
                    continue;
                }
                String pname = p.path("name").asText();
                ObjectNode schema = schemas.resolve(p.path("schema"));
                Map<String, String> bad = new LinkedHashMap<>();
                String type = Schemas.type(schema);
                if (pname.equals("page")) {
                    bad.put("-1", "-1");
                    bad.put("abc", "abc");
                    bad.put("past int32", "2147483648");
                } else if (pname.equals("size")) {
                    bad.put("0", "0");
                    bad.put("201", "201");
                    bad.put("-1", "-1");
                    bad.put("abc", "abc");
                } else if (pname.equals("sort")) {
                    bad.put("unknown field", "noSuchField,asc");
                    bad.put("unknown direction", "id,sideways");
                    bad.put("three parts", "id,asc,desc");
                    bad.put("SQL metacharacters", "id; " + SQL);
                } else if (Schemas.isEnum(schema)) {
                    bad.put("unknown enum value", "NOT_A_VALUE");
                    bad.put("SQL metacharacters", SQL);
                } else if (Schemas.format(schema).equals("date")) {
                    bad.put("2025-02-30", "2025-02-30");
                    bad.put("2025-13-01", "2025-13-01");
                    bad.put("not a date", "yesterday");
                } else if (Schemas.format(schema).equals("uuid")) {
                    bad.put("not a UUID", "not-a-uuid");
                    bad.put("SQL metacharacters", SQL);
                } else if (type.equals("integer")) {
                    bad.put("abc", "abc");
                    bad.put("past int32", "2147483648");
                    bad.put("1e400", "1e400");
                } else if (type.equals("number")) {
                    bad.put("abc", "abc");
                    bad.put("1e400", "1e400");
                } else if (type.equals("boolean")) {
                    bad.put("not a boolean", "maybe");
                } else if (Schemas.isCodeName(pname)) {
                    bad.put("HTML metacharacters", HTML);
                    bad.put("emoji", EMOJI_CODE);
                } else if (pname.equals("groupBy")) {
                    bad.put("unknown dimension", "nonsense");
                    bad.put("SQL metacharacters", SQL);
                }
                if (p.path("required").asBoolean()) {
                    bad.put("missing required parameter", null);
                }
                for (Map.Entry<String, String> b : bad.entrySet()) {
                    BadRequest request = request(path);
                    if (b.getValue() == null) {
                        request.query.remove(pname);
                    } else {
                        request.query.put(pname, b.getValue());
                    }
                    if (hasBody()) {
                        request.contentType = "application/json";
                        request.body = () -> bytes(freshBody(), null);
                    }
                    cases.add(new Case(name + ": ?" + pname + " " + b.getKey(), request, snapshotFor(method, template, path)));
                }
            }
            return cases;
        }

        // ----- request bodies

        List<Case> bodyCases() {
            List<Case> fixed = new ArrayList<>();
            Set<Integer> any = Set.of();
            fixed.add(rawBodyCase("body null", "application/json", () -> utf8("null"), any));
            fixed.add(rawBodyCase("body not JSON", "application/json", () -> utf8("not json at all"), any));
            fixed.add(rawBodyCase("truncated JSON", "application/json", () -> {
                byte[] whole = bytes(freshBody(), null);
                return java.util.Arrays.copyOf(whole, whole.length - 1);
            }, any));
            fixed.add(rawBodyCase("empty body", "application/json", () -> new byte[0], any));
            fixed.add(rawBodyCase("body an array", "application/json", () -> utf8("[]"), any));
            fixed.add(rawBodyCase("body a string", "application/json", () -> utf8("\"text\""), any));
            fixed.add(rawBodyCase("deeply nested JSON (5000 levels)", "application/json",
                    () -> utf8("[".repeat(5000) + "]".repeat(5000)), any));
            fixed.add(bodyCase("extra unknown field", b -> with(b, "", "unexpectedField", NODES.textNode("x")), null, any));
            fixed.add(rawBodyCase("wrong content type text/plain", "text/plain", () -> bytes(freshBody(), null), Set.of(415)));
            fixed.add(rawBodyCase("wrong content type application/xml", "application/xml",
                    () -> utf8("<body><name>x</name></body>"), Set.of(415)));
            if (declaresHeader("Idempotency-Key", false)) {
                BadRequest tooLong = request(path);
                tooLong.contentType = "application/json";
                tooLong.body = () -> bytes(freshBody(), null);
                tooLong.headers.put("Idempotency-Key", () -> "k".repeat(256));
                fixed.add(new Case(name + ": Idempotency-Key of 256 characters", tooLong, snapshotFor(method, template, path)));
                BadRequest spaces = request(path);
                spaces.contentType = "application/json";
                spaces.body = () -> bytes(freshBody(), null);
                spaces.headers.put("Idempotency-Key", () -> "two words\u00e9");
                fixed.add(new Case(name + ": Idempotency-Key with spaces and non-ASCII", spaces, snapshotFor(method, template, path)));
            }
            if (declaresHeader("If-Match", true)) {
                BadRequest missing = request(path);
                missing.headers.remove("If-Match");
                missing.contentType = "application/json";
                missing.body = () -> bytes(freshBody(), null);
                missing.expected = Set.of(428);
                fixed.add(new Case(name + ": If-Match missing", missing, snapshotFor(method, template, path)));
                BadRequest stale = request(path);
                stale.headers.put("If-Match", () -> "\"999999\"");
                stale.contentType = "application/json";
                stale.body = () -> bytes(freshBody(), null);
                stale.expected = Set.of(412);
                fixed.add(new Case(name + ": If-Match stale", stale, snapshotFor(method, template, path)));
                BadRequest garbage = request(path);
                garbage.headers.put("If-Match", () -> SQL);
                garbage.contentType = "application/json";
                garbage.body = () -> bytes(freshBody(), null);
                fixed.add(new Case(name + ": If-Match not an ETag", garbage, snapshotFor(method, template, path)));
            }

            List<Schemas.Field> fields = schemas.fields(bodySchema, sampleBody).stream()
                    .filter(f -> parentExists(sampleBody, f.pointer())).toList();
            Schemas.Field firstText = fields.stream()
                    .filter(f -> Schemas.type(f.schema()).equals("string") && !Schemas.isEnum(f.schema())).findFirst().orElse(null);
            if (firstText != null) {
                fixed.add(bodyCase(firstText.label() + ": 1 MB string",
                        b -> set(b, firstText.pointer(), NODES.textNode("x".repeat(1_100_000))), null, Set.of(400, 413)));
                byte[] invalidUtf8 = {'"', 'a', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b', '"'};
                fixed.add(bodyCase(firstText.label() + ": invalid UTF-8 bytes",
                        b -> set(b, firstText.pointer(), NODES.textNode(MARK)), invalidUtf8, any));
                fixed.add(bodyCase(firstText.label() + ": deeply nested JSON (5000 levels)",
                        b -> set(b, firstText.pointer(), NODES.textNode(MARK)), utf8("[".repeat(5000) + "]".repeat(5000)), any));
            }

            // field mutations, mixed by kind so that every kind is tried before any kind twice
            Map<String, List<Case>> byKind = new LinkedHashMap<>();
            for (Schemas.Field f : fields) {
                for (Mutation m : mutations(f, freeText.contains(f.pointer()))) {
                    Case c = bodyCase(f.label() + ": " + m.kind(), m.edit(), m.raw(), m.wrongType() ? Set.of(400) : any);
                    if (m.wrongType()) {
                        c.request().namedField = apiField(f.pointer());
                    }
                    byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(c);
                }
            }
            List<Case> cases = new ArrayList<>(fixed);
            int room = Math.max(0, maxCasesPerOperation - fixed.size());
            List<Case> mixed = new ArrayList<>();
            for (int round = 0; mixed.size() < room; round++) {
                boolean any2 = false;
                for (List<Case> ofKind : byKind.values()) {
                    if (round < ofKind.size() && mixed.size() < room) {
                        mixed.add(ofKind.get(round));
                        any2 = true;
                    }
                }
                if (!any2) {
                    break;
                }
            }
            cases.addAll(mixed);
            return cases;
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    /** A way to break one field; a {@code wrongType} one must be a 400 naming the field (no coercion). */
    record Mutation(String kind, UnaryOperator<JsonNode> edit, byte[] raw, boolean wrongType) {

        Mutation(String kind, UnaryOperator<JsonNode> edit, byte[] raw) {
            this(kind, edit, raw, false);
        }
    }

    private static Mutation wrongType(Schemas.Field f, String kind, JsonNode value) {
        return new Mutation(kind, b -> set(b, f.pointer(), value), null, true);
    }

    private static Mutation wrongTypeNumber(Schemas.Field f, String kind, String literal) {
        return new Mutation(kind, b -> set(b, f.pointer(), NODES.textNode(MARK)), utf8(literal), true);
    }

    /** The field as a problem names it: {@code sectors[0].percentage} for {@code /sectors/0/percentage}. */
    static String apiField(String pointer) {
        return pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
    }

    private static Mutation setTo(Schemas.Field f, String kind, JsonNode value) {
        return new Mutation(kind, b -> set(b, f.pointer(), value), null);
    }

    private static Mutation rawNumber(Schemas.Field f, String kind, String literal) {
        return new Mutation(kind, b -> set(b, f.pointer(), NODES.textNode(MARK)), utf8(literal));
    }

    /** The mutations of one field that no valid input could match, given its schema. */
    static List<Mutation> mutations(Schemas.Field f, boolean freeText) {
        List<Mutation> out = new ArrayList<>();
        ObjectNode s = f.schema();
        String type = Schemas.type(s);
        String format = Schemas.format(s);
        if (f.required()) {
            out.add(new Mutation("missing required field", b -> remove(b, f.pointer()), null));
            out.add(setTo(f, "null for a required field", NODES.nullNode()));
        }
        boolean code = !freeText && Schemas.isCodeName(f.name()) && type.equals("string") && !Schemas.isEnum(s) && format.isEmpty();
        if (Schemas.isEnum(s)) {
            out.add(setTo(f, "unknown enum value", NODES.textNode("NOT_A_VALUE")));
            out.add(setTo(f, "enum as a number", NODES.numberNode(1)));
            out.add(setTo(f, "SQL metacharacters in an enum", NODES.textNode(SQL)));
            out.add(setTo(f, "HTML metacharacters in an enum", NODES.textNode(HTML)));
            out.add(setTo(f, "empty string for an enum", NODES.textNode("")));
        } else if (type.equals("string") && format.equals("date")) {
            out.add(setTo(f, "date 2025-02-30", NODES.textNode("2025-02-30")));
            out.add(setTo(f, "date 2025-13-01", NODES.textNode("2025-13-01")));
            out.add(setTo(f, "date in another format", NODES.textNode("31/12/2025")));
            out.add(setTo(f, "number for a date", NODES.numberNode(20250101)));
            out.add(setTo(f, "empty string for a date", NODES.textNode("")));
        } else if (type.equals("string") && format.equals("date-time")) {
            out.add(setTo(f, "timestamp 2025-02-30T10:00:00Z", NODES.textNode("2025-02-30T10:00:00Z")));
            out.add(setTo(f, "empty string for a timestamp", NODES.textNode("")));
        } else if (type.equals("string") && format.equals("uuid")) {
            out.add(setTo(f, "not a UUID", NODES.textNode("not-a-uuid")));
            out.add(setTo(f, "SQL metacharacters in a UUID", NODES.textNode(SQL)));
            out.add(setTo(f, "HTML metacharacters in a UUID", NODES.textNode(HTML)));
            out.add(setTo(f, "empty string for a UUID", NODES.textNode("")));
            out.add(setTo(f, "number for a UUID", NODES.numberNode(12345)));
        } else if (code) {
            out.add(setTo(f, "emoji in a code", NODES.textNode(EMOJI_CODE)));
            out.add(setTo(f, "combining marks in a code", NODES.textNode(COMBINING_CODE)));
            out.add(setTo(f, "SQL metacharacters in a code", NODES.textNode(SQL)));
            out.add(setTo(f, "HTML metacharacters in a code", NODES.textNode(HTML)));
            out.add(setTo(f, "empty string for a code", NODES.textNode("")));
            out.add(setTo(f, "unknown code", NODES.textNode("ZZ9")));
            out.add(setTo(f, "number for a string", NODES.numberNode(42)));
            out.add(setTo(f, "control characters", NODES.textNode("D\u0001E")));
        } else if (type.equals("string")) {
            out.add(setTo(f, "number for a string", NODES.numberNode(42)));
            out.add(setTo(f, "object for a string", NODES.objectNode().put("x", 1)));
            out.add(setTo(f, "control characters", NODES.textNode("a\u0000b\u001Bc\u0007")));
            if (s.has("maxLength")) {
                out.add(setTo(f, "longer than maxLength", NODES.textNode("é".repeat(s.get("maxLength").asInt() + 1))));
            }
            if (s.has("pattern") && s.get("pattern").asText().equals("\\S") || s.path("minLength").asInt(0) > 0) {
                out.add(setTo(f, "empty string", NODES.textNode("")));
                out.add(setTo(f, "blank string", NODES.textNode(" \t ")));
            }
        } else if (type.equals("integer")) {
            out.add(setTo(f, "string for a number", NODES.textNode("abc")));
            out.add(wrongType(f, "numeric string for an integer", NODES.textNode("150")));
            out.add(wrongTypeNumber(f, "fraction for an integer", "2.5"));
            out.add(wrongType(f, "boolean for an integer", NODES.booleanNode(true)));
            out.add(setTo(f, "object for a number", NODES.objectNode()));
            out.add(rawNumber(f, format.equals("int64") ? "past int64" : "past int32",
                    format.equals("int64") ? "9223372036854775808" : "2147483648"));
            out.add(rawNumber(f, "1e400", "1e400"));
            if (s.has("minimum")) {
                BigDecimal below = s.get("minimum").decimalValue().subtract(BigDecimal.ONE);
                out.add(rawNumber(f, "below minimum (" + below.toPlainString() + ")", below.toPlainString()));
            }
            if (s.has("maximum")) {
                BigDecimal above = s.get("maximum").decimalValue().add(BigDecimal.ONE);
                out.add(rawNumber(f, "above maximum (" + above.toPlainString() + ")", above.toPlainString()));
            }
        } else if (type.equals("number")) {
            out.add(setTo(f, "string for a number", NODES.textNode("abc")));
            out.add(wrongType(f, "numeric string for a number", NODES.textNode("12")));
            out.add(wrongType(f, "boolean for a number", NODES.booleanNode(true)));
            out.add(setTo(f, "array for a number", NODES.arrayNode().add(1)));
            out.add(rawNumber(f, "1e400", "1e400"));
            boolean money = MONEY_NAME.matcher(f.name()).matches();
            if (money || s.path("minimum").asDouble(-1) >= 0 || s.has("exclusiveMinimum")) {
                out.add(rawNumber(f, "negative money", "-1"));
            }
            if (money && !f.name().matches("(?i).*(rate|unitsPerUsd)$")) {
                out.add(rawNumber(f, "money 0.0000000001", "0.0000000001"));
            }
            if (s.has("maximum")) {
                BigDecimal above = s.get("maximum").decimalValue().add(BigDecimal.ONE);
                out.add(rawNumber(f, "above maximum (" + above.toPlainString() + ")", above.toPlainString()));
            }
        } else if (type.equals("boolean")) {
            out.add(setTo(f, "string for a boolean", NODES.textNode("yes")));
            out.add(wrongType(f, "\"true\" for a boolean", NODES.textNode("true")));
            out.add(wrongType(f, "number for a boolean", NODES.numberNode(1)));
        } else if (type.equals("array")) {
            out.add(setTo(f, "object for an array", NODES.objectNode()));
            out.add(wrongType(f, "string for an array", NODES.textNode("x")));
            out.add(wrongType(f, "number for an array", NODES.numberNode(20)));
            if (s.path("minItems").asInt(0) > 0) {
                out.add(setTo(f, "empty array", NODES.arrayNode()));
            }
            if (s.has("maxItems")) {
                int n = s.get("maxItems").asInt() + 1;
                out.add(new Mutation("more than maxItems", b -> {
                    JsonNode current = b.at(f.pointer());
                    ArrayNode many = NODES.arrayNode();
                    JsonNode element = current.isArray() && current.size() > 0 ? current.get(0) : NODES.textNode("x");
                    for (int i = 0; i < n; i++) {
                        many.add(element.deepCopy());
                    }
                    return set(b, f.pointer(), many);
                }, null));
            }
        } else if (type.equals("object")) {
            out.add(setTo(f, "array for an object", NODES.arrayNode()));
            out.add(setTo(f, "string for an object", NODES.textNode("x")));
            out.add(new Mutation("unknown field inside an object", b -> with(b, f.pointer(), "unexpectedField", NODES.numberNode(1)), null));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------------------

    private static boolean parentExists(JsonNode root, String pointer) {
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        JsonNode node = parent.isEmpty() ? root : root.at(parent);
        return node.isObject() || node.isArray();
    }

    static JsonNode set(JsonNode root, String pointer, JsonNode value) {
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode container = parent.isEmpty() ? root : root.at(parent);
        if (container instanceof ObjectNode object) {
            object.set(last, value);
        } else if (container instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            throw new IllegalStateException("no container at " + parent + " in " + root);
        }
        return root;
    }

    static JsonNode remove(JsonNode root, String pointer) {
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode container = parent.isEmpty() ? root : root.at(parent);
        if (container instanceof ObjectNode object) {
            object.remove(last);
        } else if (container instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        }
        return root;
    }

    static JsonNode with(JsonNode root, String pointer, String field, JsonNode value) {
        JsonNode container = pointer.isEmpty() ? root : root.at(pointer);
        if (container instanceof ObjectNode object) {
            object.set(field, value);
        }
        return root;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The body as JSON; {@code raw} replaces the quoted marker (bytes JSON cannot hold: bad UTF-8, 1e400, depth). */
    static byte[] bytes(JsonNode body, byte[] raw) {
        byte[] json;
        try {
            json = Schemas.JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (raw == null) {
            return json;
        }
        byte[] marker = utf8("\"" + MARK + "\"");
        int at = indexOf(json, marker);
        if (at < 0) {
            throw new IllegalStateException("marker not in body");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(json, 0, at);
        out.writeBytes(raw);
        out.write(json, at + marker.length, json.length - at - marker.length);
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Sends the case and checks the answer: 4xx problem+json, no leak, nothing stored. */
    static int run(Case c, Map<String, String> known) {
        String before = c.snapshot() == null ? null : known.computeIfAbsent(c.snapshot().key(), k -> c.snapshot().reader().get());
        BadRequest.Sent sent = c.request().send();
        Response r = sent.response();
        int status = r.statusCode();
        String body = r.asString();
        String after = null;
        if (before != null) {
            after = c.snapshot().reader().get();
            known.put(c.snapshot().key(), after);
        }
        String reason = c.name() + "\nrequest: " + c.request().describe(sent) + "\nanswer: " + status + " "
                + r.contentType() + " " + BadRequest.shorten(body, 600) + "\n";
        assertThat(reason + "a 4xx", status, both(greaterThanOrEqualTo(400)).and(lessThan(500)));
        assertThat(reason + "refused for the input, not the caller", status, not(anyOf(is(401), is(403))));
        if (!c.request().expected.isEmpty()) {
            assertThat(reason, status, is(in(c.request().expected)));
        }
        assertThat(reason, r.contentType(), startsWith(PROBLEM_JSON));
        for (String leak : LEAKS) {
            assertThat(reason + "no stack trace", body, not(containsString(leak)));
        }
        JsonNode problem;
        try {
            problem = Schemas.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError(reason + "the problem is not JSON", e);
        }
        assertThat(reason + "problem.status", problem.path("status").asInt(), equalTo(status));
        assertThat(reason + "problem.type", problem.path("type").asText(), startsWith("urn:problem:"));
        if (c.request().namedField != null) {
            List<String> fields = new ArrayList<>();
            problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
            assertThat(reason + "the problem names " + c.request().namedField, fields, hasItem(c.request().namedField));
        }
        if (before != null) {
            assertThat(reason + "nothing stored", after, equalTo(before));
        }
        return status;
    }
}
